/** Hindi hard negatives, romanised and in Devanagari. */
import type { Family } from './types.js';

export const HI_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'Mere paas {msg} nahi hai, sorry', '@s mera to {soc} bhi nahi hai lol', '@p Hamare ghar mein {msg} use nahi hota', '@p Beti ko 16 saal tak {soc} ki permission nahi hai',
      '@s exams ki wajah se {soc} delete kar diya', '@s class ke beech phone band ho gaya', '@s school mein phone le liya', '@p Poora din {soc} par rehti hai, padhai nahi karti',
      '@s poori class ka {msg} group hai', '@p Meri mummy sirf India mein family se baat karne ke liye {msg} use karti hain', 'मेरे पास {msg} नहीं है, सॉरी',
      '@p पूरा दिन {soc} पर रहती है, पढ़ाई नहीं करती', '@s क्लास के बीच फ़ोन बंद हो गया', '@p मम्मी सिर्फ़ इंडिया में फ़ैमिली से बात करने के लिए {msg} इस्तेमाल करती हैं',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'Main number share nahi kar sakti, yahin baat karte hain', '@t Sorry, main apna {soc} nahi deta, yahan baat kar lete hain', '@t Main {vid} par class nahi leta, platform ki class safety ke liye record hoti hai',
      '@p Cash nahi dena chahti, site se hi book karungi', '@t Payment platform se hi hogi, maaf kijiye', '@t Main students se personally nahi milta, saari classes yahan online hain',
      'Dhanyavaad, lekin main sab kuch platform par hi rakhti hoon', '@t Please apna number mat bhejo, yahin message karo', 'मैं नंबर शेयर नहीं कर सकती, यहीं बात करते हैं',
      '@t पेमेंट प्लेटफ़ॉर्म से ही होगी, माफ़ कीजिए', '@t मैं छात्रों से निजी तौर पर नहीं मिलता, सारी क्लासेस यहीं ऑनलाइन हैं',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'Kya tutor ko number dena allowed hai?', 'Kya {vid} use karna rules ke khilaf hai?', '@p Agar koi cash maange to kya karun?', '@p Kya is site par tutor students se mil sakte hain?',
      'Kya yahan email share kar sakte hain?', '@s chat mein number kyun nahi ja raha?', 'Aapka {soc} maangne wali thi lekin rules padh liye', '@s number maangne laga tha lol, chhodo yahin theek hai',
      '@p Rehne dijiye, site se hi pay kar deti hoon', 'क्या ट्यूटर को नंबर देना मना है?', '@p अगर कोई कैश माँगे तो क्या करूँ?', 'आपका {soc} माँगने वाली थी लेकिन नियम पढ़ लिए',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'Graph par zoom karo, dekho axis ko kahan cut karta hai', '@s sir question 3 par zoom kar dijiye, dikh nahi raha', '@t Teen-teen ki teams mein kaam karenge', '@t Do teams ke 45 aur 38 points hain, mean nikalo',
      '@s kamre mein signal kamzor hai, shayad disconnect ho jaun', '@t Apne kaam ki photo kheench ke lesson mein daal do', '@t Cash flow business ke paper mein har saal aata hai',
      '@t Nadi ka kinara meander ke bahar ki taraf katta hai', '@s python mein function call kaise karte hain?', '@t Ye dono lines kis point par milti hain?', 'ग्राफ़ पर ज़ूम करो, देखो एक्सिस को कहाँ काटता है',
      '@t तीन-तीन की टीमों में काम करेंगे', '@t ये दोनों लाइनें किस पॉइंट पर मिलती हैं?',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p {day} ki class ki payment site se kar di hai', '@p {price} pound per hour platform hi leta hai na?', '@p Agli 4 classes yahin book kar li hain', 'Kya {day} ki class {time} kar sakte hain?',
      '@t Link platform ki class se bhej dunga', '@t Late hua to yahin message kar dunga', '@p Refund ke liye support@mytutor.co.uk par email kiya hai', 'Jab chahein yahin message kar dijiye',
      '@p क्लास की पेमेंट साइट से कर दी है', '@t लिंक प्लेटफ़ॉर्म की क्लास से भेज दूँगा', 'जब चाहें यहीं मैसेज कर दीजिए',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Sawaal {n}: 3x + 12 = 45, to x = 11', 'Page {page}, sawaal 2 se 9', 'Answer {bignum} hai', '@t Homework mein paper {examcode} karo', '@s mera {subj} ka mock {date} ko hai',
      '@t Bharat 1947 mein azaad hua', '@t Meri fees {price} pound per hour hai, platform ke through', '@t Pages {range} padh lena', 'सवाल {n}: 3x + 12 = 45, तो x = 11', 'पेज {page}, सवाल 2 से 9',
      '@t होमवर्क में पेपर {examcode} करो',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s ye kaam kyun nahi kar raha?\n```\nnumber = input('Number: ')\nprint(number + 1)\n```", '@s `send_email()` function None de raha hai, kya galti hai?',
      "@t SQL wale sawaal ke liye: SELECT name, phone FROM customers WHERE city = 'Leeds';", '@t Sherlock Holmes 221B Baker Street par rehta hai', '@t Prime Minister 10 Downing Street par rehte hain',
      '@t Gettysburg Address sirf 272 words ka hai', '@t शर्लक होम्स 221B बेकर स्ट्रीट पर रहता है', '@t प्रधानमंत्री 10 डाउनिंग स्ट्रीट में रहते हैं',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s mera essay is par hai ki {soc} teenagers ki self-esteem par kya asar daalta hai', '@s media mein ek {soc} campaign analyse karni hai', '@t Persuasive speech: kya 16 se kam umar walon par {soc} ban hona chahiye?',
      "@s English mein 'aapka phone number kya hai' kaise bolte hain?", "@t 'What's your email address?' ka matlab hai 'aapka email kya hai?'", "@s GCSE Hindi speaking ke liye 'mera number hai' kaise bolun?",
      '@s मेरा निबंध इस पर है कि {soc} किशोरों पर क्या असर डालता है', "@t 'What's your phone number?' का मतलब है 'आपका फ़ोन नंबर क्या है?'",
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t BBC Bitesize par {topic} dekh lo', '@t corbettmaths.com par bahut achhi practice hai', '@t Past papers physicsandmathstutor.com par hain', '@t {eduurl} par achhe notes hain',
      '@s kya seneca {subj} ke liye achha hai?', '@t Homework ka link: {eduurl}', '@t बीबीसी बाइटसाइज़ पर {topic} देख लो', '@t {eduurl} पर अच्छे नोट्स हैं',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s mere paas {msg} nahi hai, sorry, let's keep it here", '@p Site se payment kar di, all good', '@t Graph par zoom in karo', '@s my phone died class ke beech mein sorry',
      '@t Paper {examcode} for homework kar lena', "@p I couldn't find the link, lekin platform ki class mein mil gaya", '@s mummy kehti hain no {soc} until GCSEs', '@t Yaad rakho: always address the question pehli line mein',
    ],
  },
];
