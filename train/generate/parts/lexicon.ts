/**
 * Everyday fillers per language and script: names, days, times, subjects, topics, meeting places.
 *
 * Why per script: an Urdu message in Urdu script names its day and place in Urdu script, a romanised
 * one in Latin letters; mixing them inside one sentence would look generated.
 */
import type { Lang, Script } from './types.js';

/** A language in one script: 'ur' is romanised Urdu, 'ur-arab' Urdu script, 'ar' Arabic script… */
export type LexKey = 'en' | 'pl' | 'ro' | 'es' | 'fr' | 'pt' | 'ur' | 'ur-arab' | 'hi' | 'hi-deva' | 'ar' | 'ar-latn';

export function lexKey(lang: Lang, script: Script): LexKey {
  if (lang === 'ur') return script === 'arab' ? 'ur-arab' : 'ur';
  if (lang === 'hi') return script === 'deva' ? 'hi-deva' : 'hi';
  if (lang === 'ar') return script === 'latn' ? 'ar-latn' : 'ar';
  return lang;
}

/** The script a frame is written in, read off its letters. */
export function scriptOf(text: string): Script {
  if (/[\u0600-\u06FF]/.test(text)) return 'arab';
  if (/[\u0900-\u097F]/.test(text)) return 'deva';
  return 'latn';
}

export interface Lexicon {
  /** First names of the person addressed or signing. */
  names: string[];
  /** Children's names (the student). */
  kids: string[];
  /** Surnames for "Mr/Mrs X" openers. */
  surnames: string[];
  days: string[];
  /** Times, written so that the language's frames add their own preposition (en "at {time}"). */
  times: string[];
  /** School subjects as used after "for" / "in". */
  subjects: string[];
  /** Lesson topics, for negatives and context sentences. */
  topics: string[];
  /** Meeting venues with their preposition ("at Costa", "w bibliotece"). */
  venues: string[];
  /** Where the venue is ("on the High Street", "przy dworcu"); {street}/{town} filled later. */
  locators: string[];
}

/** Made-up streets and real towns with many families from these language communities. */
export const STREETS = ['Larkspur Close', 'Mulberry Rise', 'Quillon Road', 'Fennimore Way', 'Aldergate Crescent', 'Thistledown Avenue', 'Harrowbeck Lane', 'Wexcombe Street', 'Brambling Drive', 'Ostler Gardens', 'Copperleaf Road', 'Kestrel Mews', 'Pellham Grove', 'Sallowfield Terrace', 'Nettlebed Walk', 'Orchard Vale'];
export const TOWNS = ['Leeds', 'Croydon', 'Harrow', 'Slough', 'Bradford', 'Leicester', 'Luton', 'Ealing', 'Walsall', 'Reading', 'Peterborough', 'Ilford', 'Southall', 'Wembley', 'Oldham', 'Coventry'];
/** Outward postcodes only: a full postcode could be someone's real one. */
export const OUTCODES: Record<string, string> = { Leeds: 'LS6', Croydon: 'CR0', Harrow: 'HA1', Slough: 'SL1', Bradford: 'BD7', Leicester: 'LE5', Luton: 'LU2', Ealing: 'W5', Walsall: 'WS1', Reading: 'RG1', Peterborough: 'PE1', Ilford: 'IG1', Southall: 'UB1', Wembley: 'HA9', Oldham: 'OL8', Coventry: 'CV1' };

/** Latin spellings of names, used to build emails and handles for every language. */
export const LATIN_NAMES: Record<Lang, string[]> = {
  en: ['sam', 'amy', 'jake', 'chloe', 'liam', 'ellie', 'tom', 'sophie', 'dan', 'megan', 'josh', 'hannah', 'ollie', 'grace', 'ben', 'lucy', 'ryan', 'jess', 'kieran', 'maya'],
  pl: ['kasia', 'tomek', 'ania', 'piotr', 'magda', 'kuba', 'ola', 'marek', 'zosia', 'bartek', 'gosia', 'wojtek'],
  ur: ['ayesha', 'bilal', 'fatima', 'usman', 'hira', 'hamza', 'zainab', 'imran', 'sana', 'ali', 'maryam', 'faisal'],
  hi: ['priya', 'rahul', 'anjali', 'arjun', 'neha', 'rohan', 'kavya', 'vikram', 'pooja', 'aditya', 'isha', 'sanjay'],
  ro: ['andrei', 'ioana', 'mihai', 'elena', 'alex', 'cristina', 'radu', 'maria', 'vlad', 'diana', 'stefan', 'bianca'],
  ar: ['omar', 'layla', 'youssef', 'noor', 'khalid', 'mariam', 'ahmed', 'salma', 'tariq', 'huda', 'karim', 'rania'],
  es: ['lucia', 'pablo', 'carmen', 'javi', 'marta', 'diego', 'sofia', 'alvaro', 'paula', 'sergio', 'irene', 'nacho'],
  fr: ['camille', 'lucas', 'chloe', 'hugo', 'manon', 'theo', 'ines', 'julien', 'lea', 'nathan', 'margaux', 'antoine'],
  pt: ['joao', 'ana', 'tiago', 'beatriz', 'rafael', 'ines', 'pedro', 'mariana', 'diogo', 'carolina', 'rui', 'leonor'],
};

export const LEXICON: Record<LexKey, Lexicon> = {
  en: {
    names: ['Sam', 'Amy', 'Jake', 'Chloe', 'Liam', 'Ellie', 'Tom', 'Sophie', 'Dan', 'Megan', 'Josh', 'Hannah', 'Priya', 'Ali', 'Kasia', 'Grace', 'Ben', 'Lucy', 'Ryan', 'Jess'],
    kids: ['Oliver', 'Amelia', 'Harry', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Zain', 'Aisha', 'Jack', 'Poppy', 'Theo', 'Freya', 'Arjun', 'Evie'],
    surnames: ['Patel', 'Khan', 'Smith', 'Jones', 'Brown', 'Taylor', 'Williams', 'Ahmed', 'Evans', 'Hughes', 'Clarke', 'Walker'],
    // Weekday names only: the frames say "on {day}" and "{day}'s lesson".
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    times: ['4pm', '5', '5:30', 'half 6', '7pm', '6 o\'clock', '4.15', 'lunchtime', '10am', '3:45'],
    subjects: ['maths', 'GCSE maths', 'physics', 'chemistry', 'biology', 'English lit', 'English', 'French', 'Spanish', 'history', 'geography', 'computer science', 'A-level maths', 'the 11+', 'economics', 'further maths'],
    topics: ['quadratics', 'simultaneous equations', 'photosynthesis', 'the Cold War', 'Macbeth', 'An Inspector Calls', 'trigonometry', 'vectors', 'probability trees', 'moles', 'electrolysis', 'circuits', 'the French past tense', 'fractions', 'long division', 'circle theorems', 'differentiation', 'poetry anthology', 'osmosis', 'rates of reaction'],
    venues: ['at Costa', 'at Starbucks', 'at the library', 'at McDonald\'s', 'at Pret', 'at Caffè Nero', 'at the leisure centre café', 'at Greggs', 'at the community centre', 'by the park gates', 'outside the library', 'at the café', 'in the park by the bandstand'],
    locators: ['on the High Street', 'by the station', 'on {street}', 'near Tesco', 'in town', 'in {town} centre', 'opposite the school', 'next to the bus stop', 'near the big Sainsbury\'s', ''],
  },
  pl: {
    names: ['Kasia', 'Tomek', 'Ania', 'Piotr', 'Magda', 'Kuba', 'Ola', 'Marek', 'Zosia', 'Bartek', 'Gosia', 'Wojtek', 'pani Ewa', 'panie Adamie'],
    kids: ['Zuzia', 'Kuba', 'Antek', 'Lena', 'Franek', 'Hania', 'Szymon', 'Maja', 'Filip', 'Julka'],
    surnames: ['Kowalska', 'Nowak', 'Wiśniewska', 'Lewandowski', 'Zielińska', 'Kamiński'],
    // With their preposition ("we wtorek"), so frames use {day} alone.
    days: ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę', 'jutro', 'w weekend'],
    times: ['16:00', '17', '17:30', '18', 'piętnastej', 'szesnastej', '19'],
    subjects: ['matmy', 'matematyki', 'fizyki', 'chemii', 'angielskiego', 'biologii', 'GCSE z matmy', 'historii'],
    // accusative: the frames say 'przerobiliśmy {topic}'
    topics: ['równania kwadratowe', 'ułamki', 'fotosyntezę', 'trygonometrię', 'wektory', 'prawdopodobieństwo', 'Makbeta', 'obwody elektryczne', 'mole', 'pochodne'],
    venues: ['w Costa', 'w Starbucksie', 'w bibliotece', 'w McDonaldzie', 'w kawiarni', 'przed biblioteką', 'pod Tesco', 'w parku przy fontannie', 'w Greggsie'],
    locators: ['na High Street', 'przy dworcu', 'na {street}', 'obok Tesco', 'w centrum {town}', 'koło szkoły', ''],
  },
  ro: {
    names: ['Andrei', 'Ioana', 'Mihai', 'Elena', 'Alex', 'Cristina', 'Radu', 'Maria', 'Vlad', 'Diana', 'doamna profesoară', 'domnule profesor'],
    kids: ['Luca', 'Sofia', 'David', 'Ana', 'Matei', 'Eva', 'Tudor', 'Irina', 'Darius', 'Bianca'],
    surnames: ['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Munteanu'],
    days: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică', 'mâine', 'weekend'],
    times: ['ora 5', 'ora 17:00', 'ora 16', '5 și jumătate', 'ora 6', 'ora 18:30'],
    subjects: ['mate', 'matematică', 'fizică', 'chimie', 'engleză', 'biologie', 'GCSE la mate', 'istorie'],
    topics: ['ecuațiile de gradul doi', 'fracțiile', 'fotosinteza', 'trigonometria', 'vectorii', 'probabilitățile', 'Macbeth', 'circuitele', 'derivatele'],
    venues: ['la Costa', 'la Starbucks', 'la bibliotecă', 'la McDonald\'s', 'la cafenea', 'la intrarea în parc', 'la Greggs'],
    locators: ['de pe High Street', 'de lângă gară', 'de pe {street}', 'de lângă Tesco', 'din centru', 'de lângă școală', ''],
  },
  es: {
    names: ['Lucía', 'Pablo', 'Carmen', 'Javi', 'Marta', 'Diego', 'Sofía', 'Álvaro', 'Paula', 'Sergio', 'profe'],
    kids: ['Mateo', 'Valeria', 'Hugo', 'Martina', 'Leo', 'Daniela', 'Lucas', 'Alba', 'Marcos', 'Noa'],
    surnames: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro'],
    days: ['el lunes', 'el martes', 'el miércoles', 'el jueves', 'el viernes', 'el sábado', 'el domingo', 'mañana', 'el finde'],
    times: ['las 5', 'las 6 y media', 'las 17:00', 'las 4', 'las 7', 'las cinco'],
    subjects: ['mates', 'matemáticas', 'física', 'química', 'inglés', 'biología', 'GCSE de mates', 'historia'],
    topics: ['ecuaciones de segundo grado', 'fracciones', 'la fotosíntesis', 'trigonometría', 'vectores', 'probabilidad', 'Macbeth', 'circuitos', 'derivadas', 'el pretérito'],
    venues: ['en el Costa', 'en el Starbucks', 'en la biblioteca', 'en el McDonald\'s', 'en la cafetería', 'en la puerta del parque', 'en el Greggs'],
    locators: ['de la High Street', 'cerca de la estación', 'en {street}', 'al lado del Tesco', 'del centro', 'enfrente del cole', ''],
  },
  fr: {
    names: ['Camille', 'Lucas', 'Chloé', 'Hugo', 'Manon', 'Théo', 'Inès', 'Julien', 'Léa', 'Nathan', 'Monsieur', 'Madame'],
    kids: ['Louis', 'Emma', 'Gabriel', 'Jade', 'Raphaël', 'Louise', 'Arthur', 'Alice', 'Jules', 'Lina'],
    surnames: ['Martin', 'Bernard', 'Dubois', 'Lefebvre', 'Moreau', 'Laurent'],
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce week-end'],
    times: ['17h', '18h30', '16 heures', '17h15', '19h', '16h'],
    subjects: ['maths', 'mathématiques', 'physique', 'chimie', 'anglais', 'SVT', 'le GCSE de maths', 'histoire'],
    topics: ['les équations du second degré', 'les fractions', 'la photosynthèse', 'la trigonométrie', 'les vecteurs', 'les probabilités', 'Macbeth', 'les circuits', 'les dérivées', 'le passé composé'],
    venues: ['au Costa', 'au Starbucks', 'à la bibliothèque', 'au McDo', 'au café', 'devant le parc', 'au Greggs'],
    locators: ['sur High Street', 'près de la gare', 'sur {street}', 'à côté du Tesco', 'en centre-ville', 'en face de l\'école', ''],
  },
  pt: {
    names: ['João', 'Ana', 'Tiago', 'Beatriz', 'Rafael', 'Inês', 'Pedro', 'Mariana', 'Diogo', 'Carolina', 'professora', 'professor'],
    kids: ['Santiago', 'Matilde', 'Francisco', 'Leonor', 'Tomás', 'Alice', 'Duarte', 'Clara', 'Gustavo', 'Laura'],
    surnames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa'],
    // With their preposition ("na segunda"), so frames use {day} alone.
    days: ['na segunda', 'na terça', 'na quarta', 'na quinta', 'na sexta', 'no sábado', 'no domingo', 'amanhã', 'no fim de semana'],
    times: ['17h', '18h30', '16h', '19h', '17h15', '15h'],
    subjects: ['matemática', 'mat', 'física', 'química', 'inglês', 'biologia', 'GCSE de matemática', 'história'],
    topics: ['equações do segundo grau', 'frações', 'a fotossíntese', 'trigonometria', 'vetores', 'probabilidades', 'Macbeth', 'circuitos', 'derivadas'],
    venues: ['no Costa', 'no Starbucks', 'na biblioteca', 'no McDonald\'s', 'no café', 'no portão do parque', 'no Greggs'],
    locators: ['da High Street', 'perto da estação', 'na {street}', 'ao lado do Tesco', 'do centro', 'em frente à escola', ''],
  },
  ur: {
    names: ['Ayesha', 'Bilal', 'Fatima', 'Usman', 'Hira', 'Hamza', 'Zainab', 'Imran', 'Sana', 'sir', 'miss', 'baji', 'bhai'],
    kids: ['Ahmed', 'Aiza', 'Rayyan', 'Hoorain', 'Ibrahim', 'Anaya', 'Musa', 'Eman', 'Zayan', 'Inaya'],
    surnames: ['Khan', 'Ahmed', 'Hussain', 'Malik', 'Butt', 'Qureshi'],
    days: ['Monday', 'Tuesday', 'kal', 'parson', 'Friday', 'Saturday', 'Sunday', 'Wednesday', 'Thursday'],
    times: ['4 baje', '5 baje', 'shaam 6 baje', 'saade 5 baje', '7 baje', 'school ke baad'],
    subjects: ['maths', 'physics', 'chemistry', 'English', 'biology', 'GCSE maths', 'Urdu'],
    topics: ['quadratic equations', 'fractions', 'photosynthesis', 'trigonometry', 'algebra', 'probability', 'Macbeth', 'circuits'],
    venues: ['wale Costa mein', 'wali library mein', 'wale McDonald\'s mein', 'wale park ke gate pe', 'wale Starbucks mein', 'wali masjid ke bahar'],
    locators: ['station ke paas', 'High Street pe', '{street} pe', 'Tesco ke saamne', 'school ke qareeb'],
  },
  'ur-arab': {
    names: ['عائشہ', 'بلال', 'فاطمہ', 'عثمان', 'حرا', 'حمزہ', 'زینب', 'سر', 'مس', 'باجی'],
    kids: ['احمد', 'عائزہ', 'ریان', 'حورین', 'ابراہیم', 'موسیٰ', 'ایمان'],
    surnames: ['خان', 'احمد', 'حسین', 'ملک', 'قریشی'],
    days: ['پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتے', 'اتوار', 'کل'],
    times: ['4 بجے', '5 بجے', 'شام 6 بجے', 'ساڑھے 5 بجے', '7 بجے', 'اسکول کے بعد'],
    subjects: ['میتھس', 'فزکس', 'کیمسٹری', 'انگلش', 'بائیولوجی', 'اردو', 'ریاضی'],
    topics: ['الجبرا', 'کسور', 'فوٹو سنتھیسس', 'ٹرگنومیٹری', 'امکانات', 'مساوات'],
    venues: ['والے کوسٹا میں', 'والی لائبریری میں', 'والے پارک کے گیٹ پر', 'والے میکڈونلڈز میں', 'والے کیفے میں'],
    locators: ['اسٹیشن کے پاس', 'ہائی اسٹریٹ پر', 'ٹیسکو کے سامنے', 'اسکول کے قریب'],
  },
  hi: {
    names: ['Priya', 'Rahul', 'Anjali', 'Arjun', 'Neha', 'Rohan', 'Kavya', 'Vikram', 'Pooja', 'sir', 'ma\'am', 'didi', 'bhaiya'],
    kids: ['Aarav', 'Diya', 'Vihaan', 'Ananya', 'Kabir', 'Saanvi', 'Ishaan', 'Myra', 'Reyansh', 'Anika'],
    surnames: ['Sharma', 'Patel', 'Gupta', 'Singh', 'Mehta', 'Verma'],
    days: ['Monday', 'Tuesday', 'kal', 'parso', 'Friday', 'Saturday', 'Sunday', 'Wednesday', 'Thursday'],
    times: ['4 baje', '5 baje', 'shaam 6 baje', 'saade 5 baje', '7 baje', 'school ke baad'],
    subjects: ['maths', 'physics', 'chemistry', 'English', 'biology', 'GCSE maths', 'Hindi'],
    topics: ['quadratic equations', 'fractions', 'photosynthesis', 'trigonometry', 'algebra', 'probability', 'Macbeth', 'circuits'],
    venues: ['wale Costa mein', 'wali library mein', 'wale McDonald\'s mein', 'wale park ke gate pe', 'wale Starbucks mein', 'wale mandir ke bahar'],
    locators: ['station ke paas', 'High Street pe', '{street} pe', 'Tesco ke saamne', 'school ke paas'],
  },
  'hi-deva': {
    names: ['प्रिया', 'राहुल', 'अंजलि', 'अर्जुन', 'नेहा', 'रोहन', 'सर', 'मैम', 'दीदी', 'भैया'],
    kids: ['आरव', 'दिया', 'विहान', 'अनन्या', 'कबीर', 'सान्वी', 'ईशान'],
    surnames: ['शर्मा', 'पटेल', 'गुप्ता', 'सिंह', 'मेहता'],
    days: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार', 'कल'],
    times: ['4 बजे', '5 बजे', 'शाम 6 बजे', 'साढ़े 5 बजे', '7 बजे', 'स्कूल के बाद'],
    subjects: ['गणित', 'मैथ्स', 'फिजिक्स', 'केमिस्ट्री', 'अंग्रेज़ी', 'बायोलॉजी', 'हिंदी'],
    topics: ['द्विघात समीकरण', 'भिन्न', 'प्रकाश संश्लेषण', 'त्रिकोणमिति', 'बीजगणित', 'प्रायिकता'],
    venues: ['वाले कोस्टा में', 'वाली लाइब्रेरी में', 'वाले पार्क के गेट पर', 'वाले मैकडॉनल्ड्स में', 'वाले कैफ़े में'],
    locators: ['स्टेशन के पास', 'हाई स्ट्रीट पर', 'टेस्को के सामने', 'स्कूल के पास'],
  },
  ar: {
    names: ['عمر', 'ليلى', 'يوسف', 'نور', 'خالد', 'مريم', 'أحمد', 'سلمى', 'أستاذ', 'أستاذة'],
    kids: ['آدم', 'جنى', 'زياد', 'لين', 'حمزة', 'ريم', 'يحيى', 'تالا'],
    surnames: ['حسن', 'علي', 'إبراهيم', 'محمود', 'الخطيب'],
    days: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'بكرة', 'غدًا', 'الأسبوع الجاي'],
    times: ['الساعة 4', 'الساعة 5', 'الساعة 6 ونص', 'بعد المغرب', 'الساعة 7', 'بعد المدرسة'],
    subjects: ['الرياضيات', 'الفيزياء', 'الكيمياء', 'الإنجليزي', 'الأحياء', 'العربي', 'ماث'],
    topics: ['المعادلات التربيعية', 'الكسور', 'البناء الضوئي', 'حساب المثلثات', 'الجبر', 'الاحتمالات'],
    venues: ['في كوستا', 'في المكتبة', 'عند بوابة الحديقة', 'في ستاربكس', 'في ماكدونالدز', 'في الكافيه'],
    locators: ['قرب المحطة', 'في الهاي ستريت', 'مقابل تيسكو', 'قرب المدرسة', 'في وسط البلد', ''],
  },
  'ar-latn': {
    names: ['Omar', 'Layla', 'Youssef', 'Noor', 'Khaled', 'Mariam', 'Ahmed', 'Salma', 'ustaz', 'ustaza', 'miss'],
    kids: ['Adam', 'Jana', 'Ziad', 'Leen', 'Hamza', 'Reem', 'Yahya', 'Tala'],
    surnames: ['Hassan', 'Ali', 'Ibrahim', 'Mahmoud', 'Khatib'],
    days: ['el etnein', 'el talat', 'el arba3', 'el khamis', 'el gom3a', 'el sabt', 'el 7ad', 'bokra', 'el esbo3 el gai'],
    times: ['el sa3a 4', 'el sa3a 5', 'el sa3a 6 w nos', 'ba3d el maghrib', 'el sa3a 7', 'ba3d el madrasa'],
    subjects: ['maths', 'physics', 'chemistry', 'English', 'biology', 'el riyadiyat', 'Arabic'],
    topics: ['quadratics', 'fractions', 'photosynthesis', 'trigonometry', 'algebra', 'probability'],
    venues: ['fi Costa', 'fi el maktaba', '3and bawabet el 7adi2a', 'fi Starbucks', 'fi McDonald\'s', 'fi el cafe'],
    locators: ['2urb el ma7atta', 'fi el High Street', '2usad Tesco', '2urb el madrasa', ''],
  },
};

/** Digit words for numbers read out ("oh seven seven double oh…"), for Latin-script languages. */
export const DIGIT_WORDS: Partial<Record<LexKey, { digits: string[]; double?: string }>> = {
  en: { digits: ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'], double: 'double' },
  pl: { digits: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'] },
  ro: { digits: ['zero', 'unu', 'doi', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă'] },
  es: { digits: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'] },
  fr: { digits: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'] },
  pt: { digits: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'] },
  ur: { digits: ['zero', 'ek', 'do', 'teen', 'chaar', 'paanch', 'chhe', 'saat', 'aath', 'nau'] },
  hi: { digits: ['zero', 'ek', 'do', 'teen', 'char', 'paanch', 'chhah', 'saat', 'aath', 'nau'] },
};

/** How "at" and "dot" are read out in a disguised email, per language. */
export const EMAIL_WORDS: Record<LexKey, { at: string[]; dot: string[] }> = {
  en: { at: ['at', '(at)', '[at]', 'AT'], dot: ['dot', '(dot)', '[dot]', 'DOT'] },
  pl: { at: ['małpa', 'malpa', 'at'], dot: ['kropka', 'dot'] },
  ro: { at: ['a rond', 'at', '(at)'], dot: ['punct', 'dot'] },
  es: { at: ['arroba', '(arroba)', 'at'], dot: ['punto', 'dot'] },
  fr: { at: ['arobase', 'at', '(at)'], dot: ['point', 'dot'] },
  pt: { at: ['arroba', 'at'], dot: ['ponto', 'dot'] },
  ur: { at: ['at the rate', 'at', 'at the rate of'], dot: ['dot'] },
  'ur-arab': { at: ['at', 'ایٹ'], dot: ['dot', 'ڈاٹ'] },
  hi: { at: ['at the rate', 'at', 'at the rate of'], dot: ['dot'] },
  'hi-deva': { at: ['at', 'एट द रेट'], dot: ['dot', 'डॉट'] },
  ar: { at: ['at', 'آت'], dot: ['dot', 'دوت'] },
  'ar-latn': { at: ['at', '(at)'], dot: ['dot'] },
};
