/** Polish hard negatives: mentions, refusals, rules, the platform itself, lesson content. */
import type { Family } from './types.js';

export const PL_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'Nie mam {msg}, przepraszam', '@s nie mam nawet {soc} xd', '@p U nas w domu nie używamy {msg}', '@p Córka nie może mieć {soc} do szesnastki', '@s usunęłam {soc} na czas egzaminów',
      '@s telefon mi padł w połowie lekcji', '@s zabrali mi telefon w szkole', '@p Ona ciągle siedzi na {soc} zamiast się uczyć', '@p Szkoła używa {vid} do kółek zainteresowań',
      '@s cała klasa ma grupę na {msg}', '@p Mój telefon był wyciszony całe popołudnie, przepraszam', '@s wifi mi ciągle rwie', '@p Syn zgubił telefon, dołączy z mojego laptopa',
      '@p Moja mama używa tylko {msg}, żeby dzwonić do rodziny w Polsce',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'Nie mogę podać numeru, zostańmy tutaj', '@t Przepraszam, nie podaję swojego {soc}, ale chętnie porozmawiam tutaj', '@t Nie prowadzę lekcji na {vid}, klasa na platformie je nagrywa dla bezpieczeństwa',
      '@p Wolę nie płacić gotówką, zarezerwuję przez stronę', '@t Niestety płatności muszą iść przez platformę', '@t Nie spotykam się z uczniami osobiście, wszystkie lekcje są tutaj online',
      'Dziękuję, ale wszystko załatwiam przez platformę', '@t Proszę nie wysyłać mi numeru, wystarczy pisać tutaj', '@p Wolałabym zostać tutaj zamiast {msg}, jeśli to nie problem',
      '@t Nie mogę przyjąć gotówki, wszystko idzie przez serwis',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'Czy wolno podawać korepetytorowi numer telefonu?', 'Czy korzystanie z {vid} jest niezgodne z regulaminem?', '@p Co zrobić, jeśli ktoś proponuje płatność gotówką?',
      '@p Czy korepetytorzy mogą spotykać się z uczniami osobiście?', 'Czy można tu podawać adresy e-mail?', '@s czemu nie mogę wysłać numeru na czacie?', '@t Czy mogę podać swoją stronę w profilu?',
      '@p Dlaczego strona blokuje numery telefonów?', 'Chciałam zapytać o Pani {soc}, ale przeczytałam regulamin', '@s prawie zapytałem o numer xd, nieważne, tu jest ok',
      'Proszę zignorować moją wiadomość o {vid}, zostajemy tutaj', '@p Nieważne, zapłacę przez stronę', '@s zapomnij co pisałam o {soc}',
      '@p Jednak nie potrzebuję numeru, powiadomienia z aplikacji już działają',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'Przybliż wykres, to zobaczysz, gdzie przecina oś', '@s może pan zrobić zoom na zadanie 3? nic nie widzę', '@t Pracujemy w zespołach po trzy osoby',
      '@t Dwie drużyny zdobyły 45 i 38 punktów, oblicz średnią', '@t Przetwarzanie sygnałów to ważny dział elektroniki', '@s mam słaby zasięg w pokoju, może mnie wywalać',
      '@t Zrób zdjęcie rozwiązania i wrzuć do lekcji', '@t Przepływy pieniężne są zawsze na egzaminie z biznesu', '@t Brzeg rzeki eroduje po zewnętrznej stronie meandra',
      '@t Twoje wypracowanie nie odnosi się do kontrargumentu', '@s jak wywołać funkcję w pythonie?', '@t W którym punkcie przecinają się te dwie proste?',
      '@t Bank nalicza 3% odsetek rocznie, ile będzie na koncie po 5 latach?', '@t Sygnał świetlny rozchodzi się z prędkością światła',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p Zapłaciłam za lekcję {day} przez stronę', '@p {price} funtów za godzinę pobiera platforma, tak?', '@p Zarezerwowałam kolejne 4 lekcje tutaj', 'Możemy przesunąć lekcję {day} na {time}?',
      '@t Wyślę link przez klasę na platformie', '@t Napiszę tutaj, jeśli się spóźnię', '@t Wrzuciłam arkusz do przestrzeni lekcji', '@p Napisałam do support@mytutor.co.uk w sprawie zwrotu',
      '@p Czy jest szybszy sposób rezerwacji niż przez kalendarz co tydzień?', 'Pisz do mnie tutaj, kiedy chcesz', '@t Płatność pobiera się automatycznie po lekcji',
      '@s czy nagranie lekcji jest w zakładce klasy?',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Zadanie {n}: 3x + 12 = 45, więc x = 11', 'Strona {page}, zadania od 2 do 9', 'Wynik to {bignum}', '@t Zrób arkusz {examcode} na pracę domową', '@s próbny egzamin z {subj} mam {date}',
      '@t Bitwa pod Grunwaldem była w 1410 roku', '@t Moja stawka to {price} funtów za godzinę przez platformę', '@t Przeczytaj strony {range}', '@s czy wynik do zadania {n} to {bignum}?',
      '@t Zaokrąglij {bignum} do trzech cyfr znaczących', '@t Progi z {year} roku: na 7 trzeba było 165/240',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s czemu to nie działa?\n```\nnumer = input('Podaj numer: ')\nprint(numer + 1)\n```", '@s funkcja `wyslij_maila()` zwraca None, co robię źle?',
      "@t Do zadania z SQL: SELECT imie, telefon FROM klienci WHERE miasto = 'Leeds';", '@s moja pętla for wypisuje od 1 do 10 zamiast od 0 do 9',
      '@t W Pythonie adres = input("Podaj adres: ") zapisuje napis', '@t Sherlock Holmes mieszka przy Baker Street 221B', '@t Dursleyowie mieszkają przy Privet Drive 4',
      '@t Premier mieszka przy Downing Street 10', '@s w Lalce Wokulski ma sklep na Krakowskim Przedmieściu', '@t Orędzie gettysburskie Lincolna ma tylko 272 słowa',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s piszę wypracowanie o tym, jak {soc} wpływa na samoocenę nastolatków', '@s na WOS mamy przeanalizować kampanię reklamową na {soc}',
      '@t Przemówienie perswazyjne: czy zakazać {soc} osobom poniżej 16 lat?', '@s robimy ankietę, ile czasu ludzie spędzają na {soc}',
      '@p Na PSHE mieli lekcję o bezpieczeństwie w sieci i o tym, żeby nie podawać numeru', "@s jak powiedzieć po angielsku 'jaki masz numer telefonu'?",
      "@t 'What's your email address?' znaczy 'jaki jest twój adres e-mail?'", '@t Na ustnym z angielskiego musisz umieć podać adres, to tylko ćwiczenie',
      "@s czy 'Can I have your number?' jest poprawne?", '@t Słówka: mobile phone = komórka, email address = adres e-mail',
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t Zerknij na BBC Bitesize, temat: {topic}', '@t Na corbettmaths.com są świetne zadania', '@t Arkusze są na physicsandmathstutor.com', '@t Narysuj to w Desmosie',
      '@t Na {eduurl} są dobre notatki', '@s czy seneca jest dobra do {subj}?', '@t Link do pracy domowej: {eduurl}', '@t Obejrzyj filmik z Khan Academy przed lekcją {day}',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s nie mam {msg}, sorry, let's keep it here", '@p Zapłaciłam przez stronę, all good', '@t Zoom in na wykres, to zobaczysz', '@s my phone died w połowie lekcji sorry',
      '@t Zrób paper {examcode} for homework', "@p I can't find the link, ale znalazłam w klasie na platformie", '@s my mum says no {soc} until GCSEs, więc nie mam',
      '@t Pamiętaj: always address the question w pierwszym zdaniu',
    ],
  },
];
