/** Romanian hard negatives. */
import type { Family } from './types.js';

export const RO_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'Nu am {msg}, scuze', "@s nici n-am {soc} lol", '@p Acasă nu folosim {msg}', '@p Fiica mea nu are voie pe {soc} până la 16 ani', '@s am șters {soc} în perioada examenelor',
      '@s mi s-a descărcat telefonul în mijlocul lecției', '@s mi-au luat telefonul la școală', '@p Stă toată ziua pe {soc} în loc să învețe', '@p Școala folosește {vid} pentru cercuri',
      '@s toată clasa are grup pe {msg}', '@p Am avut telefonul pe silențios toată după-amiaza, scuze', '@s îmi tot pică netul', '@p Mama folosește {msg} doar ca să vorbească cu familia din România',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'Nu pot să dau numărul, hai să rămânem aici', '@t Îmi pare rău, nu-mi dau {soc}-ul, dar vorbim cu drag aici', '@t Nu fac lecții pe {vid}, clasa de pe platformă le înregistrează pentru siguranță',
      '@p Aș prefera să nu plătesc cash, rezerv prin site', '@t Din păcate plățile trebuie să treacă prin platformă', '@t Nu mă întâlnesc cu elevii personal, toate lecțiile sunt online aici',
      'Mulțumesc, dar eu țin totul pe platformă', '@t Te rog nu-mi trimite numărul, scrie-mi aici', '@p Aș prefera să rămânem aici, nu pe {msg}', '@t Nu pot accepta cash, totul trece prin site',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'Am voie să-i dau numărul meu profesorului?', 'E împotriva regulilor să folosim {vid}?', '@p Ce fac dacă cineva îmi cere să plătesc cash?',
      '@p Profesorii se pot întâlni cu elevii personal pe site-ul ăsta?', 'Avem voie să dăm adrese de email aici?', '@s de ce nu pot trimite numărul în chat?', '@t Pot să-mi trec site-ul în profil?',
      '@p De ce blochează site-ul numerele de telefon?', 'Voiam să vă cer {soc}-ul, dar am citit regulile', "@s era să-ți cer numărul lol, las, e ok aici", 'Ignorați mesajul despre {vid}, rămânem aici',
      '@p Lăsați, plătesc prin site', '@s uită ce am zis de {soc}',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'Dă zoom pe grafic și vezi unde taie axa', '@s puteți da zoom la exercițiul 3? nu văd nimic', '@t Lucrăm în echipe de câte trei', '@t Două echipe au 45 și 38 de puncte, calculează media',
      '@t Prelucrarea semnalelor e un capitol important la electronică', '@s am semnal slab în cameră, poate mă deconectez', '@t Fă o poză la rezolvare și pune-o în lecție',
      '@t Fluxul de numerar apare mereu la examenul de economie', '@t Malul râului se erodează în partea exterioară a meandrului', '@t Eseul tău nu răspunde la contraargument',
      '@s cum apelez o funcție în python?', '@t În ce punct se intersectează cele două drepte?', '@t Banca dă 3% dobândă pe an, cât ai după 5 ani?',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p Am plătit lecția de {day} prin site', '@p Cele {price} de lire pe oră le ia platforma, nu?', '@p Am rezervat următoarele 4 lecții aici', 'Putem muta lecția de {day} la {time}?',
      '@t Trimit linkul prin clasa de pe platformă', '@t Îți scriu aici dacă întârzii', '@t Am încărcat fișa în spațiul lecției', '@p Am scris la support@mytutor.co.uk pentru rambursare',
      '@p Există o cale mai rapidă de rezervare decât prin calendar în fiecare săptămână?', 'Scrie-mi aici oricând', '@s înregistrarea lecției e în tabul clasei?',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Exercițiul {n}: 3x + 12 = 45, deci x = 11', 'Pagina {page}, exercițiile 2-9', 'Rezultatul e {bignum}', '@t Fă lucrarea {examcode} ca temă', '@s simularea la {subj} o am pe {date}',
      '@t Marea Unire a fost pe 1 decembrie 1918', '@t Tariful meu e {price} de lire pe oră prin platformă', '@t Citește paginile {range}', '@s rezultatul la {n} e {bignum}?',
      '@t Rotunjește {bignum} la trei cifre semnificative',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s de ce nu merge?\n```\nnumar = input('Numar: ')\nprint(numar + 1)\n```", '@s funcția `trimite_email()` îmi dă None, ce greșesc?',
      "@t Pentru SQL: SELECT nume, telefon FROM clienti WHERE oras = 'Leeds';", '@s bucla for îmi afișează de la 1 la 10 în loc de 0 la 9', '@t Sherlock Holmes locuiește pe Baker Street 221B',
      '@t Familia Dursley locuiește pe Privet Drive nr. 4', '@t Premierul britanic locuiește pe Downing Street 10', '@t Discursul de la Gettysburg are doar 272 de cuvinte',
      '@s în Moara cu noroc, hanul e la o răscruce de drumuri',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s scriu un eseu despre cum afectează {soc} stima de sine a adolescenților', '@s la media trebuie să analizăm o campanie pe {soc}', '@t Discurs persuasiv: ar trebui interzis {soc} sub 16 ani?',
      '@s facem un sondaj despre cât timp stau oamenii pe {soc}', "@s cum se spune în engleză 'care e numărul tău de telefon'?", "@t 'What's your email address?' înseamnă 'care e adresa ta de email?'",
      '@t La oral trebuie să știi să-ți spui adresa în engleză, e doar exercițiu', "@s 'Can I have your number?' e corect?", '@t Vocabular: mobile phone = telefon mobil, email = e-mail',
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t Uită-te pe BBC Bitesize la {topic}', '@t Pe corbettmaths.com sunt exerciții foarte bune', '@t Lucrările vechi sunt pe physicsandmathstutor.com', '@t Desenează graficul în Desmos',
      '@t Pe {eduurl} sunt notițe bune', '@s e bun seneca pentru {subj}?', '@t Linkul pentru temă: {eduurl}', '@t Vezi clipul de pe Khan Academy înainte de lecția de {day}',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s n-am {msg}, sorry, let's keep it here", '@p Am plătit prin site, all good', '@t Dă zoom in pe grafic', '@s my phone died în mijlocul lecției sorry', '@t Fă paper-ul {examcode} for homework',
      "@p I couldn't find the link, dar l-am găsit în clasa de pe platformă", '@s mama zice no {soc} until GCSEs, deci n-am', '@t Nu uita: always address the question în prima propoziție',
    ],
  },
];
