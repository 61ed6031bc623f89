/**
 * Educational sites a tutor or student may link to freely: the default allow-list for links
 * (registrable domains or hosts; a link to any page under them is not reported). Data, not code: a
 * deployment replaces this list with `engine.educationalSites` in its policy file, or adds to it
 * with `engine.allowedDomains` (which extends).
 *
 * Chosen for UK secondary and sixth-form tutoring: revision sites, exam boards, reference works and
 * maths tools that are safe to send a child to and offer no private messaging.
 */
export const EDUCATIONAL_SITES: readonly string[] = [
  // Revision and teaching sites
  'bbc.co.uk', // BBC Bitesize (www.bbc.co.uk/bitesize)
  'khanacademy.org',
  'senecalearning.com',
  'drfrost.org', // Dr Frost Maths
  'corbettmaths.com',
  'mathsgenie.co.uk',
  'physicsandmathstutor.com',
  'savemyexams.com',
  'isaacphysics.org',
  'isaacchemistry.org',
  'chemguide.co.uk',
  'thenational.academy', // Oak National Academy
  'cgpbooks.co.uk', // CGP
  'mathsisfun.com',
  'quizlet.com',
  // Reference and reading
  'wikipedia.org',
  'wikimedia.org',
  'gutenberg.org', // Project Gutenberg
  // Maths tools
  'wolframalpha.com',
  'desmos.com',
  'geogebra.org',
  // Exam boards and official bodies
  'aqa.org.uk',
  'ocr.org.uk',
  'pearson.com',
  'qualifications.pearson.com', // Edexcel
  'wjec.co.uk',
  'eduqas.co.uk',
  'ccea.org.uk',
  'sqa.org.uk',
  'cambridgeinternational.org',
  'gov.uk',
  'nhs.uk',
];
