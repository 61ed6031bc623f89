/**
 * Polish positive frame families (and the English–Polish mixes).
 *
 * Polish inflects names, so frames avoid putting {child} or an app name where a case ending would
 * be needed ("z Zuzią", "na WhatsAppie"); an uninflected app name after "na"/"przez" is how many
 * people write anyway. {day} carries its preposition ("we wtorek"), {subj} is genitive ("matmy"),
 * {topic} accusative, {place} a full phrase ("w bibliotece przy dworcu"). Pan/Pani forms for
 * formal writers, ty-forms for teenagers and casual writers.
 */
import type { Family } from './types.js';

export const PL_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'Jaki jest Pana numer telefonu?', 'Może mi Pani podać swój numer?', 'Mogę prosić o numer telefonu?', 'Podasz mi swój numer?', 'Jaki masz numer?',
      'Czy mogłabym dostać Pani numer komórki?', 'Daj mi swój numer, będzie łatwiej', 'Podeślesz mi numer?', '@s numer?', '@s dasz numer?', '@s jaki masz nr?',
      '@p Czy mógłby Pan zostawić mi numer telefonu na wszelki wypadek?', '@t Czy mogę prosić o numer telefonu do kontaktu?', '@p Wolałabym mieć do Pani numer, gdyby coś wypadło',
      '@s dasz mi swój numer, to napiszę jak utknę z zadaniem?',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      'Jaki jest Pani adres e-mail?', 'Może mi Pan podać swojego maila?', 'Podasz maila? Wyślę ci wypracowanie', 'Na jaki adres mogę wysłać zadania?',
      '@p Czy mogłabym prosić o prywatny adres e-mail?', '@s jaki masz mail?', '@t Proszę podesłać mi swojego maila, prześlę materiały',
      'Masz jakiegoś maila, na który mogę wysłać pliki?', '@p Na jaki adres e-mail mogę przesłać świadectwo?', '@s daj maila to ci wyślę zdjęcia zadań',
      'Mogę dostać twojego maila?', '@p Czy jest jakiś adres mailowy, pod który mogę pisać zamiast tutaj?',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      'Masz {soc}?', 'Jesteś na {soc}?', 'Mogę cię dodać na {soc}?', 'Jak cię znaleźć na {soc}?', '@s jaki masz nick na {soc}?', '@s dasz {soc}?',
      '@s mogę cię zaobserwować na {soc}?', '@s {soc}?', '@s masz {soc} czy {soc2}?', '@p Czy córka może Panią obserwować na {soc}?', '@s podeślesz swojego {soc}?',
      '@s jak się nazywasz na {soc}?', '@s mogę ci napisać na {soc}?', '@s jaki masz user?',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'Masz {msg}?', 'Jest Pan na {msg}?', 'Używa Pani {msg}?', 'Masz może {msg}?', '@p Czy ma Pani {msg}? Tak byłoby mi łatwiej', 'Możesz prowadzić zajęcia na {vid}?',
      'Masz {vid} na laptopie?', '@s {msg}?', '@s masz {msg} albo {msg2}?', '@t Czy syn ma {msg}?', 'Czy jest Pan dostępny na {msg}?', '@p Pisze Pani na {msg}? Wszyscy rodzice tam są',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'Przejdźmy na {msg}, będzie łatwiej', 'Może przeniesiemy się na {msg}?', 'Możemy robić lekcje na {vid} zamiast tutaj?', 'Co powiesz na {vid}?',
      'Może pogadamy na {msg}?', '@p Czy moglibyśmy prowadzić lekcje przez {vid}? Dziecko tak woli', '@t Woli Pani, żebyśmy od teraz robili lekcje na {vid}?',
      '@s możemy zrobić lekcję na {vid}?', 'Piszmy na {msg}, dobrze?', '@t Chcesz dołączyć do mojej grupy na {msg}?', 'Nie lepiej pisać na {msg}?',
      'Zrobimy lekcję {day} na {vid}?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'Wyślę ci link na {vid} przed lekcją', 'Napisz do mnie na {msg}, częściej tam zaglądam', 'Jestem bardziej aktywna na {msg}', 'Dodam cię na {msg}',
      'Znajdziesz mnie na {msg}, ta sama nazwa', '@t Od przyszłego tygodnia lekcje będą na {vid}', '@t Zacznę spotkanie na {vid} o {time}', '@t Link do lekcji: {vidlink}',
      'Łatwiej mi na {msg}', '@s to napiszę do ciebie na {msg} po szkole', '@t Dodam Panią do grupy na {msg}, tam wrzucam materiały', '@t Lekcja {day} będzie na {vid}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Czy mogę zapłacić gotówką?', 'Może zapłacę Panu bezpośrednio, bez prowizji?', 'Czy mogę przelać pieniądze bezpośrednio na Pani konto?', 'Przyjmuje Pan płatność przez {payapp}?',
      'Mogę zapłacić przez {payapp}?', 'Rozliczymy się między sobą, żeby nie płacić prowizji?', '@p Czy da się zapłacić poza platformą? Opłaty są strasznie wysokie',
      '@t Czy może mi Pani płacić bezpośrednio od przyszłego miesiąca?', '@p Jaki jest numer Pana konta? Zrobię przelew dziś wieczorem', '@t Zapłaci Pani gotówką {day}?',
      '@p Możemy płacić Pani prywatnie, poza serwisem?', '@t Może Pan przelać na {payapp} zamiast przez stronę?', 'Czy moglibyśmy kontynuować prywatnie?',
      '@p Czy udziela Pan lekcji prywatnie, poza platformą?', '@t Chcieliby Państwo kontynuować prywatnie po tym pakiecie?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'Przyniosę gotówkę {day}', 'Zapłacę gotówką na miejscu', '@t Zwykle biorę przelewem na konto', 'Rozliczymy się między sobą', '@p Przeleję Pani {price} funtów przez {payapp}',
      '@t Może mi Pani płacić bezpośrednio, oboje zaoszczędzimy na prowizji', '@t Numer konta: {bank}', '@t Mój link do płatności: {paylink}',
      '@t Jeśli płacicie mi bezpośrednio, jest taniej, strona bierze 25%', '@p Wysłałam {price} funtów przez {payapp}', '@t Prywatnie biorę {price} funtów za godzinę, bez opłat serwisowych',
      '@p Od teraz płacimy gotówką', '@t Mogę dalej uczyć prywatnie, wyjdzie taniej', '@p Mąż zostawi gotówkę w kopercie',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'Możemy się spotkać na żywo?', 'Czy prowadzi Pani lekcje stacjonarnie?', '@p Czy mógłby Pan przychodzić do nas do domu?', 'Spotkajmy się {place} {day}',
      'Może spotkamy się {place} o {time}?', '@p Nasz adres to {addr}, pasuje {day}?', '@t Będę {place} o {time}, wpadniesz?', '@s możemy się spotkać {place} przed sprawdzianem?',
      '@t Mogę z tobą poćwiczyć {place} po szkole, jeśli chcesz', '@t Nie musisz mówić rodzicom, to tylko krótka powtórka {place}', 'Pasuje Ci spotkanie {place} {day}?',
      '@s możemy zrobić lekcje na żywo?', '@p Czy mogłaby Pani przyjechać do nas {day} o {time}? Adres: {addr}',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'Mój numer to {phone}', 'Tu mój numer: {phone}', 'Numer: {phone}', '@s mój nr {phone}', '@t Mój prywatny numer to {phone}, tak będzie szybciej',
      '@p Numer męża: {phone}, łatwiej go złapać', 'W razie czego: {phone}', '{phone} to ja', 'Zapisz sobie mój numer {phone}', '@p Podaję numer: {phone}',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: [
      'Proszę dzwonić pod {phone}', 'Napisz SMS-a na {phone}', 'Mam {msg} pod numerem {phone}', '{msg}: {phone}', 'Zadzwoń na {phone} po 18', '@s pisz na {phone}',
      '@t Kliknij, żeby napisać: {walink}', '@p Najlepiej dzwonić na {phone} wieczorem',
    ],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'Mój mail to {email}', 'Pisz na {email}', '{email} to mój prywatny', '@p Adres e-mail: {email}',
      '@s mój mail {email}', 'Lepiej pisać na {email}, rzadko tu zaglądam', 'Mój {soc} to {handle}', 'Dodaj mnie na {soc}: {handle}', 'Na {soc} jestem {handle}',
      '@s {handle} na {soc}', '@s zaobserwuj mnie {handle}', '@t Wrzucam materiały na {soc}, konto {handle}', '@t Moja strona: {url}',
      '@t Można mnie rezerwować bezpośrednio przez {url}, taniej niż tutaj', '@t Cennik jest na {url}', '@p Nasz adres to {addr}', '@p Mieszkamy pod adresem {addr}',
      'Numer {phone}, mail {email}', '@t Kontakt: {phone} / {email}',
    ],
  },
  {
    // Asking for things to be sent to one's own address is a request as well as an email.
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Proszę wysłać na {email}', '@t Prace domowe proszę przesyłać na {email}', '@p Świadectwo proszę przesłać na {email}', '@s wyślij mi to na {email}', 'Możesz przesłać notatki na {email}?'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p Syn prosi o Pana numer', '@p Córka pyta, czy może Panią dodać na {soc}', '@s mama chce twój numer',
      '@s tata pyta czy możesz podać maila', '@s mama pyta czy masz {msg}', '@t Czy mama mogłaby przesłać mi swój numer?', '@t Poproś mamę o numer telefonu dla mnie',
      '@p Koleżanka szuka korepetytora, mogę jej dać Pani numer?',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: ['@p Mąż chce zapłacić bezpośrednio, poda Pan numer konta?', '@s mama pyta czy może zapłacić gotówką', '@s tata pyta czy może przelać przez {payapp}', '@t Czy rodzice mogliby płacić mi gotówką?', '@p Babcia chce zapłacić za lekcje, może dać Pani gotówkę?'],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'Obraz ciągle się zawiesza, możemy przejść na {vid}?', 'Klasa wirtualna mi się nie ładuje, może zrobimy lekcję na {vid}?', 'Mikrofon tu nie działa, spróbujmy {vid}?',
      '@s apka mnie ciągle wyrzuca, możemy na {vid}?', '@t Połączenie jest dziś fatalne, przejdziemy na {vid}?', '@p Tablet nie otwiera lekcji, mogłaby Pani zadzwonić do córki na {vid}?',
      'Strona znowu nie działa, może dziś {vid}?', 'Nie słyszę Pani, może spróbujemy przez {msg}?', '@s wiadomości tu nie dochodzą, napiszesz na {msg}?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'Platforma nie działa, wysłałam link na {vid}', 'Nie mogę się zalogować, będę na {vid}', '@t Przez awarię dzisiejsza lekcja będzie na {vid}',
      '@s laptop padł, wejdę przez {vid} na telefonie', '@t Dźwięk nie działa, dzwonię do ciebie na {vid}', '@t Tablica się zawiesiła, udostępnię ekran na {vid}',
      '@t Strona leży, tu link: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Jest jakiś szybszy sposób, żeby się z Panem skontaktować?', 'Jak mogę się z Tobą kontaktować poza tą aplikacją?', 'Możemy pogadać gdzieś indziej?',
      'Czy jest jakiś inny sposób kontaktu?', '@p Jak się z Panią skontaktować, gdyby to było pilne?', 'Te wiadomości idą wieki, da się jakoś szybciej?',
      '@s możemy pisać gdzieś indziej?', 'Utrzymamy kontakt po zakończeniu kursu?', '@p Czy jest bezpośredni kontakt do Pani, bez tej strony?', 'Możemy pogadać poza platformą?',
    ],
  },
  // ---------------------------------------------------------------- English–Polish code-switching
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['Mogę do Pani zadzwonić?', '@p Łatwiej mi zadzwonić, poda Pan numer?', '@s mogę ci napisać SMS-a?', '@p Mąż chciałby do Pana zadzwonić, może Pan podać numer?', '@s mama pyta czy możesz do niej zadzwonić', '@t Poproś mamę, żeby do mnie zadzwoniła'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Hej, can I get your number? Będzie łatwiej', '@s siema, what\'s your {soc}? dodam cię', '@s masz {msg}? it\'s just easier', '@p Dzień dobry, could I have your email? Wyślę świadectwo',
      '@s sorry, a masz może {soc}? my mum said it\'s fine', '@p Is there a quicker way to reach you? Bo tu wiadomości idą wolno', '@s możemy zrobić lesson na {vid}? the classroom is laggy',
      '@p Czy możemy się spotkać in person {place}?',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: [
      "@p Would it be ok to pay cash? Bo opłaty na stronie są wysokie", '@t Możemy skip the fees i rozliczyć się directly?', "@p Mogę przelać {price} funtów on {payapp}? hope that's ok",
      '@p Can we pay you privately? Wolelibyśmy bez prowizji', "@t Cash is fine, zapłacicie {day}?",
    ],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['Mój numer to {phone}, just ping me', '@s my snap is {handle}, dodaj mnie', '@t Moja strona {url}, you can book me there', "@p Email to {email}, that's the easiest"],
  },
];
