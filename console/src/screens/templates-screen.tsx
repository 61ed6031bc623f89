/**
 * Templates (issue 19, admins): replies to users and internal notes with {userName}, {rule} and
 * {policyLink}; a digit makes one a single-key pick in the console.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import type { Template } from '../api-types.ts';

/** The templates screen. */
export function TemplatesScreen({ announce }: { announce: (t: string) => void }) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [form, setForm] = useState({ name: '', purpose: 'reply' as 'reply' | 'note', shortcut: '', body: '' });
  const [error, setError] = useState<string | null>(null);
  const load = () => api.templates().then((r) => setTemplates(r.templates), (e) => setError(errorText(e)));
  useEffect(() => { void load(); }, []);
  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await api.addTemplate({ name: form.name, purpose: form.purpose, shortcut: form.shortcut || null, body: form.body });
      setForm({ name: '', purpose: 'reply', shortcut: '', body: '' });
      announce('Template added.');
      void load();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <div className="page">
      <h1>Templates</h1>
      <p className="note-small">Variables: <span className="mono">{'{userName}'}</span>, <span className="mono">{'{rule}'}</span>, <span className="mono">{'{policyLink}'}</span>.</p>
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="template-list">
        {templates.map((t) => (
          <li key={t.id}>
            <strong>{t.shortcut && <kbd>{t.shortcut}</kbd>} {t.name}</strong> <span className="badge">{t.purpose}</span>
            <pre className="template-body">{t.body}</pre>
            <button type="button" onClick={() => void api.removeTemplate(t.id).then(() => { announce('Template removed.'); void load(); }, (e) => setError(errorText(e)))}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add a template">
        <label htmlFor="t-name">Name</label><input id="t-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor="t-purpose">For</label>
        <select id="t-purpose" value={form.purpose} onChange={(e) => setForm({ ...form, purpose: e.target.value as 'reply' | 'note' })}><option value="reply">a reply to the user</option><option value="note">an internal note</option></select>
        <label htmlFor="t-key">Key (1–9, optional)</label><input id="t-key" value={form.shortcut} maxLength={1} onChange={(e) => setForm({ ...form, shortcut: e.target.value })} />
        <label htmlFor="t-body">Text</label><textarea id="t-body" rows={5} value={form.body} onChange={(e) => setForm({ ...form, body: e.target.value })} />
        <div className="form-actions"><button type="submit" className="primary">Add template</button></div>
      </form>
    </div>
  );
}
