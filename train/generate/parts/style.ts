/**
 * What surrounds the act: openers, context sentences ("preambles") and sign-offs, per language,
 * script and register; and emoji.
 *
 * Why: real messages rarely consist of the act alone; they greet, give context, thank. The same
 * wrappers go around positives and negatives, so a classifier cannot use "Kind regards" or "hiii"
 * as a shortcut. Every wrapper is neutral: none asks for contact, none proposes anything, none is
 * a question (a question closer could turn a statement into a request).
 */
import type { Register } from './types.js';
import type { LexKey } from './lexicon.js';

export interface Wrappers { openers: string[]; preambles: string[]; closers: string[] }

export const STYLE: Record<LexKey, Record<Register, Wrappers>> = {
  en: {
    parent_formal: {
      openers: ['Hello {name},', 'Good morning,', 'Good evening {name},', 'Dear {name},', 'Hi {name},', 'Hello,', 'Good afternoon,', 'Hello Mr {surname},', 'Dear Mrs {surname},', 'Hi there,', 'Dear Ms {surname},'],
      preambles: ['Thank you for the lesson with {child} today.', 'I hope you are well.', '{child} really enjoyed the {subj} session on {day}.', 'Just a quick message about {child}\'s lessons.', 'I hope you had a good weekend.', 'Thank you again for your help with {topic}.', '{child} has a mock exam coming up in {subj}.', 'Apologies for the late message.', 'We have been very pleased with {child}\'s progress.', 'I wanted to follow up on our conversation.', 'Thank you for being so patient with {child}.'],
      closers: ['Kind regards, {me}', 'Many thanks, {me}', 'Best wishes', 'Thank you.', 'Thanks in advance.', 'Regards', 'Many thanks.', 'Best, {me}', 'Thank you for your help.', 'Kind regards', 'With thanks, {me}'],
    },
    parent_casual: {
      openers: ['Hi {name}!', 'Hiya', 'Hi!', 'Hey {name}', 'Morning!', 'Hi hun', 'Hello!', 'Hi there!', 'Evening {name}', 'Hiya {name}'],
      preambles: ['Thanks for today, {child} loved it.', 'Hope you\'re ok.', 'Sorry for the late reply, mad week!', '{child} says {topic} finally makes sense lol.', 'Just a quick one.', 'Sorry to bother you on a {day}.', 'Quick question.', 'Hope you had a good week.', 'Sorry, me again!', '{child}\'s been working hard on {subj} this week.', 'Just got in from work.'],
      closers: ['Thanks!', 'Thanks so much x', 'Cheers', 'x', 'Thank you!!', 'Ta', 'Thanks, {me}', 'Speak soon', 'Thanks again x', 'Much appreciated', 'Thanks lovely'],
    },
    teen: {
      openers: ['hey', 'hi', 'heyy', 'hiii', 'yo', 'hey miss', 'hi sir', 'hey {name}', 'hiya', 'oi', 'helloo', 'hey!', 'hi miss', 'sir'],
      preambles: ['thanks for the lesson', 'sorry for the late msg', 'i finished the homework', 'that lesson was actually helpful', 'lol ok', 'i have a test on {day}', 'quick question', 'sorry i was late today', 'ngl {topic} is so confusing', 'my mum said to ask', 'i did the worksheet', 'omg'],
      closers: ['thx', 'ty', 'thanks', 'cheers', 'lol', 'thank uuu', 'k thanks', 'ok bye', 'ta', 'tysm', 'bye'],
    },
    tutor: {
      openers: ['Hi {name},', 'Hello {name},', 'Hi there,', 'Good evening,', 'Hi {name}!', 'Hello!', 'Morning {name},', 'Dear {name},', 'Hiya {name},'],
      preambles: ['Great lesson today!', 'Thanks for today, {child} worked really hard on {topic}.', 'Just following up on {day}\'s session.', 'Hope you\'re well.', 'I\'ve marked the homework.', 'We covered {topic} today and {child} did really well.', 'Quick update after today\'s lesson.', 'Apologies for the slow reply.', 'Next week we\'ll move on to {topic}.', 'Thanks for booking another block of lessons.', 'Well done on the mock!'],
      closers: ['Best wishes, {me}', 'Thanks, {me}', 'Speak soon', 'Best', 'Have a lovely evening', 'See you {day}', 'Thanks!', 'Kind regards, {me}', 'All the best', 'Cheers', 'Many thanks'],
    },
  },
  pl: {
    parent_formal: {
      openers: ['Dzień dobry,', 'Dzień dobry {name},', 'Witam,', 'Dobry wieczór,', 'Szanowna Pani,', 'Szanowny Panie,'],
      preambles: ['Dziękuję za dzisiejszą lekcję.', '{child} bardzo chwali zajęcia.', 'Mam nadzieję, że wszystko w porządku.', 'Piszę w sprawie lekcji {subj}.', 'Przepraszam, że piszę tak późno.', 'Jesteśmy bardzo zadowoleni z postępów.'],
      closers: ['Pozdrawiam, {me}', 'Z góry dziękuję.', 'Dziękuję bardzo.', 'Serdecznie pozdrawiam', 'Pozdrawiam serdecznie', 'Z wyrazami szacunku'],
    },
    parent_casual: {
      openers: ['Cześć {name}!', 'Hej', 'Cześć!', 'Hejka', 'Hej {name}'],
      preambles: ['Dzięki za dzisiaj!', 'Sorki, że tak późno.', '{child} mówi, że lekcja była super.', 'Mam szybkie pytanie.', 'Sorry, znowu ja.', 'Właśnie wróciłam z pracy.'],
      closers: ['Dzięki!', 'Dzięki wielkie', 'Pozdrawiam', 'Dzięki :)', 'Do usłyszenia', 'Miłego wieczoru'],
    },
    teen: {
      openers: ['hej', 'cześć', 'siema', 'hejka', 'dzień dobry', 'hejj'],
      preambles: ['dzięki za lekcje', 'sorki że tak późno', 'zadanie zrobione', 'mam jutro sprawdzian', 'szybkie pytanko', 'nie ogarniam tego działu'],
      closers: ['dzięki', 'dzk', 'thx', 'pozdro', 'nara', 'dzięki!!'],
    },
    tutor: {
      openers: ['Dzień dobry,', 'Cześć {name},', 'Dobry wieczór,', 'Witam serdecznie,', 'Hej {name},'],
      preambles: ['Dziękuję za dzisiejsze zajęcia.', 'Świetna lekcja dzisiaj!', 'Przerobiliśmy dziś {topic}.', 'Sprawdziłam pracę domową.', 'Na następnej lekcji zrobimy {topic}.'],
      closers: ['Pozdrawiam, {me}', 'Do zobaczenia', 'Miłego wieczoru!', 'Pozdrawiam serdecznie', 'Do usłyszenia'],
    },
  },
  ro: {
    parent_formal: {
      openers: ['Bună ziua,', 'Bună ziua {name},', 'Bună seara,', 'Stimată doamnă,', 'Stimate domn,'],
      preambles: ['Vă mulțumesc pentru lecția de azi.', 'Sper că sunteți bine.', '{child} s-a bucurat mult de lecția de {subj}.', 'Vă scriu în legătură cu lecțiile.', 'Îmi cer scuze pentru mesajul târziu.'],
      closers: ['Cu stimă, {me}', 'Mulțumesc frumos.', 'O zi bună!', 'Vă mulțumesc anticipat.', 'Toate cele bune'],
    },
    parent_casual: {
      openers: ['Bună!', 'Salut {name}!', 'Bună {name}', 'Hei', 'Bună seara!'],
      preambles: ['Mersi pentru azi!', 'Scuze că scriu așa târziu.', 'Am o întrebare rapidă.', '{child} a zis că i-a plăcut mult lecția.', 'Abia am ajuns acasă.'],
      closers: ['Mersi!', 'Mersi mult', 'Numai bine', 'Pa!', 'Mulțumesc!', 'Seară frumoasă'],
    },
    teen: {
      openers: ['salut', 'hei', 'bună', 'neața', 'buna ziua'],
      preambles: ['mersi pt lecție', 'scuze ca raspund tarziu', 'am terminat tema', 'am test {day}', 'intrebare rapida', 'nu inteleg {topic}'],
      closers: ['mersi', 'ms', 'pa', 'thx', 'mersii'],
    },
    tutor: {
      openers: ['Bună ziua,', 'Salut {name},', 'Bună seara,', 'Bună {name},'],
      preambles: ['Mulțumesc pentru lecția de azi.', 'Am lucrat azi la {topic}.', 'Am corectat tema.', 'Lecție foarte bună azi!', 'Data viitoare facem {topic}.'],
      closers: ['Cu drag, {me}', 'Numai bine', 'Ne vedem {day}!', 'O seară frumoasă', 'Toate cele bune'],
    },
  },
  es: {
    parent_formal: {
      openers: ['Buenos días,', 'Buenas tardes {name},', 'Hola {name},', 'Estimada profesora:', 'Buenas noches,', 'Estimado profesor:'],
      preambles: ['Muchas gracias por la clase de hoy.', 'Espero que esté bien.', 'A {child} le encantó la clase de {subj}.', 'Le escribo por las clases de {child}.', 'Disculpe que le escriba tan tarde.', 'Estamos muy contentos con el progreso.'],
      closers: ['Un saludo, {me}', 'Muchas gracias.', 'Saludos cordiales', 'Gracias de antemano.', 'Atentamente, {me}'],
    },
    parent_casual: {
      openers: ['Hola!', 'Hola {name}!', 'Buenas!', 'Holaa', '¡Hola!'],
      preambles: ['Gracias por lo de hoy!', 'Perdona la hora.', 'Una preguntita.', '{child} dice que la clase fue genial.', 'Acabo de llegar del trabajo.'],
      closers: ['Gracias!', 'Mil gracias', 'Un abrazo', 'Un beso', 'Gracias, {me}'],
    },
    teen: {
      openers: ['hola', 'holaa', 'buenas', 'ey', 'hola profe', 'wenas'],
      preambles: ['gracias x la clase', 'perdon x tardar', 'ya hice los deberes', 'tengo examen {day}', 'una pregunta', 'no entiendo nada de {topic}'],
      closers: ['gracias', 'grax', 'bss', 'chao', 'thx', 'graciass'],
    },
    tutor: {
      openers: ['Hola {name},', 'Buenas tardes,', 'Hola!', 'Buenas, {name}:'],
      preambles: ['Gracias por la clase de hoy.', 'Hoy hemos trabajado {topic}.', 'He corregido los deberes.', 'Muy buena clase hoy!', 'La próxima semana vemos {topic}.'],
      closers: ['Un saludo, {me}', 'Nos vemos {day}', 'Hasta pronto', 'Saludos', 'Un abrazo'],
    },
  },
  fr: {
    parent_formal: {
      openers: ['Bonjour,', 'Bonjour {name},', 'Bonsoir,', 'Madame, Monsieur,', 'Bonjour Madame {surname},'],
      preambles: ['Merci pour le cours d\'aujourd\'hui.', 'J\'espère que vous allez bien.', '{child} a beaucoup aimé le cours de {subj}.', 'Je vous écris au sujet des cours de {child}.', 'Désolée de vous écrire si tard.'],
      closers: ['Cordialement, {me}', 'Bien à vous', 'Merci d\'avance.', 'Bonne soirée.', 'Merci beaucoup.'],
    },
    parent_casual: {
      openers: ['Coucou !', 'Salut {name} !', 'Bonjour !', 'Hello !', 'Bonsoir {name} !'],
      preambles: ['Merci pour aujourd\'hui !', 'Petite question.', 'Désolée pour l\'heure.', '{child} a adoré le cours.', 'Je rentre à peine du boulot.'],
      closers: ['Merci !', 'Bonne soirée', 'Merci beaucoup !', 'À bientôt', 'Bisous'],
    },
    teen: {
      openers: ['slt', 'salut', 'coucou', 'wesh', 'bonjour madame', 'bjr'],
      preambles: ['merci pour le cours', 'dsl pour le retard', 'j\'ai fini les devoirs', 'j\'ai un contrôle {day}', 'petite question', 'jcomprends rien au chapitre'],
      closers: ['merci', 'mrc', 'bisous', 'à plus', 'a+', 'thx'],
    },
    tutor: {
      openers: ['Bonjour {name},', 'Bonsoir,', 'Bonjour !', 'Salut {name},'],
      preambles: ['Merci pour le cours de ce soir.', 'Aujourd\'hui on a travaillé {topic}.', 'J\'ai corrigé les devoirs.', 'Très bon cours aujourd\'hui !', 'La semaine prochaine on attaque {topic}.'],
      closers: ['Bonne soirée, {me}', 'À {day} !', 'Cordialement', 'À bientôt', 'Bon courage'],
    },
  },
  pt: {
    parent_formal: {
      openers: ['Bom dia,', 'Boa tarde {name},', 'Olá {name},', 'Boa noite,', 'Cara professora,'],
      preambles: ['Obrigada pela aula de hoje.', 'Espero que esteja bem.', '{child} gostou muito da aula de {subj}.', 'Escrevo por causa das aulas.', 'Desculpe a hora.'],
      closers: ['Cumprimentos, {me}', 'Obrigada.', 'Com os melhores cumprimentos', 'Obrigado desde já.', 'Atenciosamente'],
    },
    parent_casual: {
      openers: ['Olá!', 'Oi {name}!', 'Olá {name}', 'Boas!', 'Oi!'],
      preambles: ['Obrigada por hoje!', 'Uma perguntinha.', 'Desculpa a hora.', '{child} adorou a aula.', 'Acabei de chegar do trabalho.'],
      closers: ['Obrigada!', 'Beijinhos', 'Abraço', 'Até breve', 'Obrigadão'],
    },
    teen: {
      openers: ['oi', 'olá', 'boas', 'ei', 'oii', 'ola stora'],
      preambles: ['obg pela aula', 'desculpa a demora', 'já fiz o tpc', 'tenho teste em breve', 'uma pergunta', 'não percebo nada desta matéria'],
      closers: ['obg', 'obrigado', 'bjs', 'xau', 'thx', 'obgd'],
    },
    tutor: {
      openers: ['Olá {name},', 'Boa tarde,', 'Olá!', 'Boa noite {name},'],
      preambles: ['Obrigada pela aula de hoje.', 'Hoje trabalhámos {topic}.', 'Corrigi os trabalhos de casa.', 'Muito boa aula hoje!', 'Na próxima aula vemos {topic}.'],
      closers: ['Cumprimentos, {me}', 'Até à próxima!', 'Até breve', 'Abraço', 'Bom trabalho'],
    },
  },
  ur: {
    parent_formal: {
      openers: ['Assalam o alaikum,', 'Assalamualaikum {name},', 'AoA,', 'Salam,', 'Assalam o alaikum sir,'],
      preambles: ['Aaj ki class ka bohat shukriya.', 'Umeed hai aap theek honge.', '{child} ko {subj} ki class bohat achi lagi.', 'Main {child} ki classes ke baare mein likh rahi hoon.', 'Der se message karne ke liye maazrat.'],
      closers: ['Shukriya', 'JazakAllah', 'Bohat shukriya, {me}', 'Allah Hafiz', 'Shukriya advance mein'],
    },
    parent_casual: {
      openers: ['Salam!', 'Hi {name}', 'AoA', 'Hello ji', 'Salam {name}'],
      preambles: ['Aaj ke liye thanks!', 'Sorry late reply.', 'Ek choti si baat poochni thi.', '{child} ko class bohat pasand aayi.', 'Abhi kaam se aayi hoon.'],
      closers: ['Thanks ji', 'JazakAllah khair', 'Shukriya!', 'Allah Hafiz', 'thank u'],
    },
    teen: {
      openers: ['salam', 'hi', 'aoa', 'hey', 'assalamualaikum sir', 'salam miss'],
      preambles: ['class ka shukriya', 'sorry late reply', 'homework kar liya hai', 'mera {day} ko test hai', 'ek sawal tha', '{topic} samajh nahi aa raha'],
      closers: ['thanks', 'shukriya', 'thx', 'ok bye', 'jzk'],
    },
    tutor: {
      openers: ['Assalam o alaikum {name},', 'Salam,', 'Hello {name},', 'AoA {name},'],
      preambles: ['Aaj ki class achi rahi.', 'Aaj humne {topic} kiya.', 'Homework check kar liya hai.', '{child} ne aaj bohat mehnat ki.', 'Agli class mein {topic} karenge.'],
      closers: ['Shukriya', 'Allah Hafiz', 'Phir milte hain {day}', 'Regards, {me}'],
    },
  },
  'ur-arab': {
    parent_formal: {
      openers: ['السلام علیکم،', 'السلام علیکم {name}،', 'آداب،', 'السلام علیکم سر،'],
      preambles: ['آج کی کلاس کا بہت شکریہ۔', 'امید ہے آپ خیریت سے ہوں گے۔', '{child} کو {subj} کی کلاس بہت اچھی لگی۔', 'دیر سے میسج کرنے پر معذرت۔'],
      closers: ['شکریہ', 'جزاک اللہ', 'اللہ حافظ', 'بہت شکریہ، {me}'],
    },
    parent_casual: {
      openers: ['سلام!', 'ہیلو {name}', 'سلام {name}'],
      preambles: ['آج کے لیے شکریہ!', 'ایک چھوٹی سی بات پوچھنی تھی۔', 'معذرت، دیر سے جواب دے رہی ہوں۔'],
      closers: ['شکریہ!', 'اللہ حافظ', 'جزاک اللہ خیر'],
    },
    teen: {
      openers: ['سلام', 'ہائے', 'السلام علیکم سر', 'سلام مس'],
      preambles: ['کلاس کا شکریہ', 'ہوم ورک کر لیا ہے', 'ایک سوال تھا', 'میرا {day} کو ٹیسٹ ہے'],
      closers: ['شکریہ', 'اوکے', 'اللہ حافظ'],
    },
    tutor: {
      openers: ['السلام علیکم {name}،', 'سلام،', 'السلام علیکم،'],
      preambles: ['آج کی کلاس اچھی رہی۔', 'آج ہم نے {topic} کیا۔', 'ہوم ورک چیک کر لیا ہے۔'],
      closers: ['شکریہ', 'اللہ حافظ', 'والسلام، {me}'],
    },
  },
  hi: {
    parent_formal: {
      openers: ['Namaste,', 'Namaste {name} ji,', 'Namaskar,', 'Hello {name} ji,'],
      preambles: ['Aaj ki class ke liye bahut dhanyavaad.', 'Aasha hai aap theek hain.', '{child} ko {subj} ki class bahut achhi lagi.', 'Der se message ke liye maaf kijiye.', 'Main {child} ki classes ke baare mein likh rahi hoon.'],
      closers: ['Dhanyavaad', 'Bahut dhanyavaad, {me}', 'Thank you ji', 'Regards', 'Aapka dhanyavaad'],
    },
    parent_casual: {
      openers: ['Hi {name}!', 'Hello ji', 'Namaste!', 'Hii', 'Hi {name} ji'],
      preambles: ['Aaj ke liye thanks!', 'Sorry late reply.', 'Ek chhota sa sawaal tha.', '{child} ko class bahut pasand aayi.', 'Abhi office se aayi hoon.'],
      closers: ['Thanks ji', 'Thank you!', 'Shukriya', 'Thanks a lot ji'],
    },
    teen: {
      openers: ['hi', 'hii', 'hello', 'hey', 'namaste sir', 'hello ma\'am'],
      preambles: ['class ke liye thanks', 'sorry late reply', 'homework ho gaya', 'mera {day} ko test hai', 'ek doubt tha', '{topic} samajh nahi aa raha'],
      closers: ['thanks', 'thx', 'ok bye', 'ty', 'thank u sir'],
    },
    tutor: {
      openers: ['Namaste {name} ji,', 'Hello {name},', 'Namaste,', 'Hi {name},'],
      preambles: ['Aaj ki class achhi rahi.', 'Aaj humne {topic} kiya.', 'Homework check kar liya hai.', '{child} ne aaj bahut mehnat ki.', 'Agli class mein {topic} karenge.'],
      closers: ['Dhanyavaad', 'Regards, {me}', '{day} milte hain', 'All the best'],
    },
  },
  'hi-deva': {
    parent_formal: {
      openers: ['नमस्ते,', 'नमस्ते {name} जी,', 'नमस्कार,'],
      preambles: ['आज की क्लास के लिए बहुत धन्यवाद।', 'आशा है आप ठीक हैं।', '{child} को {subj} की क्लास बहुत अच्छी लगी।', 'देर से मैसेज के लिए माफ़ कीजिए।'],
      closers: ['धन्यवाद', 'बहुत धन्यवाद, {me}', 'सादर'],
    },
    parent_casual: {
      openers: ['हाय {name}!', 'हेलो जी', 'नमस्ते!'],
      preambles: ['आज के लिए थैंक्स!', 'एक छोटा सा सवाल था।', 'सॉरी, लेट रिप्लाई।'],
      closers: ['थैंक यू!', 'शुक्रिया', 'धन्यवाद जी'],
    },
    teen: {
      openers: ['हाय', 'हेलो', 'नमस्ते सर', 'हेलो मैम'],
      preambles: ['क्लास के लिए थैंक्स', 'होमवर्क हो गया', 'एक डाउट था', 'मेरा {day} को टेस्ट है'],
      closers: ['थैंक्स', 'ओके बाय', 'धन्यवाद'],
    },
    tutor: {
      openers: ['नमस्ते {name} जी,', 'नमस्ते,', 'हेलो {name},'],
      preambles: ['आज की क्लास अच्छी रही।', 'आज हमने {topic} किया।', 'होमवर्क चेक कर लिया है।'],
      closers: ['धन्यवाद', 'सादर, {me}', 'शुभकामनाएँ'],
    },
  },
  ar: {
    parent_formal: {
      openers: ['السلام عليكم،', 'مساء الخير،', 'صباح الخير أستاذ {name}،', 'مرحبًا،', 'السلام عليكم أستاذة {name}،'],
      preambles: ['شكرًا على حصة اليوم.', 'أتمنى أن تكون بخير.', '{child} استمتع كثيرًا بحصة {subj}.', 'أعتذر عن التأخير في الرد.', 'أكتب لك بخصوص دروس {child}.'],
      closers: ['مع الشكر، {me}', 'شكرًا جزيلًا', 'تحياتي', 'جزاك الله خيرًا', 'مع خالص التحية'],
    },
    parent_casual: {
      openers: ['هلا', 'مرحبا {name}', 'أهلين', 'هاي', 'هلا والله'],
      preambles: ['يعطيك العافية على حصة اليوم', 'سؤال سريع', 'آسفة على التأخير', '{child} حب الحصة كثير'],
      closers: ['شكرًا', 'يسلمو', 'مشكور', 'تسلم', 'الله يعطيك العافية'],
    },
    teen: {
      openers: ['هاي', 'هلا', 'سلام', 'مرحبا أستاذ', 'هلا مس'],
      preambles: ['شكرًا عالحصة', 'خلصت الواجب', 'عندي امتحان {day}', 'سؤال', 'ما فهمت {topic}'],
      closers: ['شكرًا', 'يسلمو', 'باي', 'مشكور'],
    },
    tutor: {
      openers: ['مرحبًا {name}،', 'السلام عليكم،', 'مساء الخير،', 'أهلًا {name}،'],
      preambles: ['كانت حصة ممتازة اليوم.', 'اشتغلنا اليوم على {topic}.', 'صححت الواجب.', 'الحصة الجاية رح نبدأ {topic}.'],
      closers: ['مع التحية، {me}', 'نشوفكم {day}', 'بالتوفيق', 'مع السلامة'],
    },
  },
  'ar-latn': {
    parent_formal: {
      openers: ['salam 3alaikum,', 'marhaba {name},', 'masa2 el 5eir,', 'salam ustaz,'],
      preambles: ['shukran 3ala el 7esa el yom.', 'inshallah tkoon b5eir.', '{child} 7abb el 7esa kteer.', 'sorry 3al ta2kheer bil rad.'],
      closers: ['shukran', 'ma3 el shukr, {me}', 'tislam', 'jazak allah 5eir'],
    },
    parent_casual: {
      openers: ['hala', 'hi {name}', 'ahlein', 'marhaba', 'hala wallah'],
      preambles: ['ya3tik el 3afye', 'so2al sari3', 'sorry 3al ta2kheer', '{child} 7abb el class'],
      closers: ['shukran', 'yislamo', 'merci', 'thx', 'tislam'],
    },
    teen: {
      openers: ['hi', 'hala', 'salam', 'heyy', 'hi miss'],
      preambles: ['shukran 3al class', '5alast el wajeb', '3andi imti7an {day}', 'so2al', 'mish fahem {topic}'],
      closers: ['shukran', 'thx', 'bye', 'yislamo'],
    },
    tutor: {
      openers: ['marhaba {name},', 'hi {name},', 'salam,', 'ahlan {name},'],
      preambles: ['el 7esa kanet 7elwe el yom.', 'eshtaghalna 3ala {topic} el yom.', 'sala7t el wajeb.'],
      closers: ['ma3 el salama', 'bnshofkom {day}', 'tislamo', 'bil tawfee2'],
    },
  },
};

/** Emoji by register: teenagers use many, formal parents almost none. */
export const EMOJI = {
  teen: ['😂', '💀', '😭', '🙏', '😅', '👍', '🔥', '✌️', '🙃', '😊', '🤣', '❤️', '😬', '👀', '🥲'],
  warm: ['😊', '🙂', '🙏', '👍', '😀', '☺️', '❤️', '✨', '📚', '👋', '😅'],
};
