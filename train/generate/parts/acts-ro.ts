/**
 * Romanian positive frame families (and English–Romanian mixes). Dumneavoastră forms for formal
 * writers, tu-forms for teenagers. Romanians attach the article to app names with a hyphen
 * ("insta-ul", "{soc}-ul"), which frames use where Romanian needs an article.
 * {day} stands alone ("luni", "mâine"), {time} follows "la" ("la ora 5"), {place} is a phrase.
 */
import type { Family } from './types.js';

export const RO_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'Îmi puteți da numărul dumneavoastră de telefon?', 'Care e numărul tău?', 'Mi-ai putea da numărul tău?', 'Pot să vă cer numărul de telefon?',
      'Aveți un număr la care vă pot contacta?', '@s dă-mi numărul tău', '@s număr?', '@s care e nr tău?', '@p Ați putea să-mi lăsați un număr de telefon, pentru orice eventualitate?',
      '@t Îmi puteți trimite un număr de telefon pentru anunțuri despre lecții?', '@s pot să iau numărul tău ca să te întreb când mă blochez la teme?', 'Îmi lași și mie numărul?',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      'Care e adresa ta de email?', 'Îmi puteți da adresa de e-mail?', '@s ce mail ai?', 'Pe ce adresă să trimit temele?', '@p Ne puteți lăsa o adresă de e-mail personală?',
      '@t Îmi trimiți mailul tău ca să-ți trimit fișele?', 'Ai un mail pe care să-ți trimit eseul?', '@p Aveți un email unde să vă trimit raportul de la școală?',
      '@s dă-mi mailul să-ți trimit pozele cu tema', 'Pot să am mailul tău?',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      'Ai {soc}?', 'Ești pe {soc}?', 'Te pot adăuga pe {soc}?', 'Cum te găsesc pe {soc}?', '@s ce id ai pe {soc}?', '@s îmi dai {soc}-ul?', '@s pot să-ți dau follow pe {soc}?',
      '@s {soc}?', '@s ai {soc} sau {soc2}?', '@p Fiica mea vă poate urmări pe {soc}?', '@s cum te cheamă pe {soc}?', '@s pot să-ți scriu pe {soc}?',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'Ai {msg}?', 'Sunteți pe {msg}?', 'Folosiți {msg}?', '@p Aveți {msg}? Mi-ar fi mai ușor', 'Poți face lecțiile pe {vid}?', 'Ai {vid} pe laptop?', '@s {msg}?',
      '@s ai {msg} sau {msg2}?', '@t Fiul dumneavoastră are {msg}?', 'Sunteți disponibil pe {msg}?', '@p Sunteți pe {msg}? Toți părinții sunt acolo',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'Hai să vorbim pe {msg}, e mai simplu', 'Ne mutăm pe {msg}?', 'Putem face lecțiile pe {vid} în loc de aici?', 'Ce zici de {vid}?', 'Vorbim pe {msg}?',
      '@p Am putea face lecțiile pe {vid}? Copilului îi e mai ușor', '@t Ați prefera să facem lecțiile pe {vid} de acum încolo?', '@s putem face lecția pe {vid}?',
      '@t Vrei să intri în grupul meu de pe {msg}?', 'Nu e mai bine să vorbim pe {msg}?', 'Facem lecția de {day} pe {vid}?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'Îți trimit un link de {vid} înainte de lecție', 'Scrie-mi pe {msg}, acolo intru mai des', 'Sunt mai activă pe {msg}', 'Te adaug pe {msg}', 'Mă găsești pe {msg}, același nume',
      '@t De săptămâna viitoare lecțiile vor fi pe {vid}', '@t Pornesc întâlnirea pe {vid} la {time}', '@t Linkul pentru lecție: {vidlink}', 'Pe {msg} îmi e mai ușor',
      '@s îți scriu pe {msg} după școală', '@t Lecția de {day} va fi pe {vid}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Pot să plătesc cash?', 'Vă pot plăti direct, fără comision?', 'Pot să vă fac transfer direct în cont?', 'Acceptați {payapp}?', 'Pot să plătesc prin {payapp}?',
      'Ne descurcăm între noi, ca să nu mai plătim comisionul?', '@p Se poate plăti în afara platformei? Taxele sunt foarte mari', '@t Ați putea să-mi plătiți direct de luna viitoare?',
      '@p Care e IBAN-ul dumneavoastră? Fac transferul diseară', '@t Plătiți cash {day}?', '@p Am putea continua în privat, în afara site-ului?',
      '@p Faceți și meditații private, în afara platformei?', '@t Vreți să continuăm în particular după pachetul ăsta?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'Aduc banii cash {day}', 'Plătesc cash pe loc', '@t De obicei primesc plata prin transfer bancar', 'Ne înțelegem între noi cu banii', '@p Vă trimit {price} de lire pe {payapp}',
      '@t Puteți să-mi plătiți direct, economisim amândoi comisionul', '@t Datele mele bancare: {bank}', '@t Linkul meu de plată: {paylink}',
      '@t Dacă îmi plătiți direct e mai ieftin, site-ul ia 25%', '@p V-am trimis {price} de lire pe {payapp}', '@t În particular iau {price} de lire pe oră, fără comision', '@p De acum plătim cash',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'Ne putem vedea față în față?', 'Faceți și lecții fizic?', '@p Ați putea veni la noi acasă?', 'Ne vedem {place} {day}?', 'Ne întâlnim {place} la {time}?',
      '@p Adresa noastră e {addr}, vă convine {day}?', '@t Sunt {place} la {time}, treci pe acolo?', '@s ne putem vedea {place} înainte de test?',
      '@t Putem face recapitulare {place} după școală, dacă vrei', '@t Nu trebuie să le spui părinților, e doar o recapitulare scurtă {place}', '@s putem face lecția față în față?',
      '@p Puteți veni la noi {day} la {time}? Adresa: {addr}',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'Numărul meu e {phone}', 'Uite numărul meu: {phone}', 'Nr: {phone}', '@s nr meu {phone}', '@t Numărul meu personal e {phone}, e mai rapid așa',
      '@p Numărul soțului: {phone}, el răspunde mai repede', 'Pentru orice urgență: {phone}', 'Salvează numărul meu: {phone}', '{phone} sunt eu',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['Sunați-mă la {phone}', 'Trimite-mi SMS la {phone}', 'Am {msg} pe {phone}', '{msg}: {phone}', 'Sună-mă la {phone} după ora 6', '@s scrie-mi pe {phone}', '@t Scrie-mi direct aici: {walink}'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'Mailul meu e {email}', 'Scrie-mi pe {email}', '{email} e adresa mea personală', '@p Adresa de e-mail: {email}', '@s mailul meu {email}', 'Mai bine scrie-mi pe {email}, intru rar aici',
      '{soc}-ul meu e {handle}', 'Adaugă-mă pe {soc}: {handle}', 'Pe {soc} sunt {handle}', '@s {handle} pe {soc}', '@s dă-mi follow {handle}', '@t Postez materiale pe {soc}, contul {handle}',
      '@t Site-ul meu: {url}', '@t Mă puteți rezerva direct pe {url}, e mai ieftin decât aici', '@t Prețurile sunt pe {url}', '@p Adresa noastră e {addr}', '@p Stăm la {addr}',
      'Nr {phone}, mail {email}', '@t Contact: {phone} / {email}',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Trimite-mi pe {email}', '@t Temele le trimiteți pe {email}, vă rog', '@p Vă rog să trimiteți raportul pe {email}', '@s poți să-mi trimiți răspunsurile pe {email}?'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p Fiul meu vrea numărul dumneavoastră', '@p Fiica mea întreabă dacă vă poate adăuga pe {soc}', '@s mama vrea numărul tău',
      '@s tata întreabă dacă îi poți da mailul', '@s mama întreabă dacă ai {msg}', '@t Mama ta mi-ar putea trimite numărul ei?', '@t Cere-i te rog mamei numărul de telefon pentru mine',
      '@p O prietenă caută meditator, pot să-i dau numărul dumneavoastră?',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p Soțul vrea să vă plătească direct, ne dați IBAN-ul?', '@s mama întreabă dacă poate plăti cash', '@s tata întreabă dacă poate trimite banii pe {payapp}',
      '@t Părinții tăi ar putea să-mi plătească cash?', '@p Bunica vrea să plătească lecțiile, vă poate da banii cash?',
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'Se blochează imaginea mereu, trecem pe {vid}?', 'Nu se încarcă clasa virtuală, facem lecția pe {vid}?', 'Microfonul nu merge aici, încercăm pe {vid}?',
      '@s aplicația mă dă afară întruna, putem pe {vid}?', '@t Conexiunea e groaznică azi, trecem pe {vid}?', '@p Tableta nu deschide lecția, ați putea s-o sunați pe fiica mea pe {vid}?',
      'Site-ul iar nu merge, azi facem pe {vid}?', 'Nu vă aud deloc, încercăm pe {msg}?', '@s mesajele nu ajung aici, îmi scrii pe {msg}?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'Platforma nu merge, ți-am trimis link de {vid}', 'Nu mă pot loga, intru pe {vid}', '@t Din cauza problemelor tehnice, lecția de azi va fi pe {vid}',
      '@s mi s-a stricat laptopul, intru pe {vid} de pe telefon', '@t Nu merge sunetul, te sun acum pe {vid}', '@t Tabla s-a blocat, îți arăt ecranul pe {vid}', '@t Site-ul e picat, uite linkul: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Există o cale mai rapidă să vă contactez?', 'Cum te pot contacta în afara aplicației?', 'Putem vorbi în altă parte?', 'Aveți alt mod de contact?',
      '@p Cum vă pot contacta dacă e ceva urgent?', 'Mesajele ajung greu, nu se poate mai repede?', '@s putem vorbi altundeva?', 'Păstrăm legătura după ce se termină cursul?',
      '@p Aveți un contact direct, fără site?', 'Putem vorbi în afara platformei?',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['@p Mi-ar fi mai ușor să vă sun, îmi dați numărul?', 'Pot să vă sun?', '@s pot să-ți dau un SMS?', '@p Soțul ar vrea să vă sune, îmi dați numărul?', '@s mama întreabă dacă o poți suna'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Bună, can I get your number? E mai simplu', "@s salut, what's your {soc}? te adaug", "@s ai {msg}? it's just easier", '@p Bună ziua, could I have your email? Vă trimit raportul',
      '@p Is there a quicker way to reach you? Aici mesajele merg greu', '@s putem face lesson-ul pe {vid}? the classroom is so laggy', '@p Ne putem vedea in person {place}?',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Would it be ok to pay cash? Comisionul de pe site e mare', '@t Putem skip the fees și să ne înțelegem direct?', '@p Can we pay you privately? Am prefera fără comision', '@t Cash is fine, plătiți {day}?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['Numărul meu e {phone}, just in case', '@s my snap is {handle}, adaugă-mă', '@t Site-ul meu {url}, you can book me there', "@p Mailul e {email}, that's the easiest"],
  },
];
