/**
 * Hindi positive frame families, romanised (Hinglish, as most British Indian families type) and in
 * Devanagari; plus Hindi–English mixes. The composer fills names, days and app names in the
 * frame's script ("व्हाट्सएप"). {place} reads "station ke paas wale Costa mein", {time} "5 baje".
 */
import type { Family } from './types.js';

export const HI_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'Aapka number mil sakta hai?', 'Apna number de dijiye please', 'Sir aapka mobile number kya hai?', '@s apna number do na', '@s number?', '@s number bhejo',
      '@t Class updates ke liye apna contact number bhej dijiye', '@p Koi number hai jis par aapse sampark ho sake?',
      'आपका नंबर मिल सकता है?', 'अपना मोबाइल नंबर दे दीजिए प्लीज़', '@p क्या आप अपना फ़ोन नंबर भेज सकती हैं?', '@s अपना नंबर दो ना', '@t संपर्क के लिए अपना नंबर भेज दीजिए', 'कोई नंबर है जिस पर आपसे बात हो सके?',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      'Aapka email kya hai?', 'Apna email address de dijiye', '@s tumhara email kya hai?', 'Homework kis email par bhejun?', '@p Koi personal email de sakti hain?',
      '@t Apna email bhejo, worksheets bhej deta hoon', '@s email do na, homework ki photos bhejni hain', 'आपका ईमेल क्या है?', 'अपना ईमेल एड्रेस दे दीजिए', '@p रिपोर्ट किस ईमेल पर भेजूँ?', '@s अपना ईमेल बताओ',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      'Aap {soc} par ho?', 'Aapka {soc} kya hai?', '@s {soc} id kya hai?', '@s {soc} pe add kar loon?', '@s {soc} hai?', '@s {soc} ya {soc2}?', '@p Meri beti aapko {soc} par follow kar sakti hai?',
      '@s tumhara {soc} username kya hai', 'क्या आप {soc} पर हैं?', 'आपका {soc} क्या है?', '@s {soc} पर ऐड कर लूँ?', '@s {soc} आईडी भेजो',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'Aap {msg} par ho?', 'Aapke paas {msg} hai?', '@p Kya aap {msg} use karti hain? Mere liye aasaan rahega', 'Class {vid} par ho sakti hai?', '@s {msg}?', '@s {msg} ya {msg2}?',
      '@t Kya beta {msg} use karta hai?', 'Aap {vid} use karte hain?', 'क्या आप {msg} पर हैं?', 'आपके पास {msg} है?', '@p क्या क्लास {vid} पर हो सकती है?', '@s {msg} है?',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      '{msg} par baat kar lete hain, aasaan rahega', 'Kya hum {msg} par shift ho sakte hain?', 'Classes {vid} par kar lein?', '@p Kya classes {vid} par ho sakti hain? Bachche ko aasaani hoti hai',
      '@t Aage se classes {vid} par rakhein?', '@s class {vid} pe kar lein?', '@t Mere {msg} group mein aa jao?', 'Yahan ki jagah {msg} par baat karein?',
      'चलिए {msg} पर बात कर लेते हैं?', 'क्या हम क्लास {vid} पर कर सकते हैं?', '@t आगे से क्लासेस {vid} पर रख लें?', '{msg} पर आ जाइए?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'Main aapko {vid} ka link bhej deti hoon', 'Mujhe {msg} par message kar dijiye, wahan jaldi dekhti hoon', 'Main {msg} par zyada active hoon', '@t Agle hafte se classes {vid} par hongi',
      '@t {time} {vid} meeting start kar dunga', '@t Class ka link: {vidlink}', '@s school ke baad {msg} pe message karta hoon', '@s mujhe {msg} kar dena',
      'मैं आपको {vid} का लिंक भेज देती हूँ', 'मुझे {msg} पर मैसेज कर दीजिए', '@t अगले हफ्ते से क्लासेस {vid} पर होंगी', '@t क्लास का लिंक: {vidlink}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Kya main cash de sakti hoon?', 'Aapko direct payment kar doon, fees ke bina?', 'Seedha aapke account mein transfer kar doon?', 'Kya aap {payapp} lete hain?', '{payapp} par bhej doon?',
      '@p Kya platform ke bahar payment ho sakti hai? Fees bahut zyada hai', '@t Kya aap agle mahine se mujhe direct pay kar sakti hain?', '@p Apni account details bhej dijiye, aaj raat transfer kar deti hoon',
      '@t Cash {day} ko de denge?', '@p Kya hum private classes continue kar sakte hain, site ke bahar?', 'Aapas mein settle kar lein, commission bach jayega?',
      'क्या मैं कैश दे सकती हूँ?', 'आपको डायरेक्ट पेमेंट कर दूँ? फीस बच जाएगी', '@p क्या वेबसाइट के बाहर पेमेंट हो सकती है?', '@p अपने अकाउंट की डिटेल्स भेज दीजिए, ट्रांसफर कर देती हूँ', '{payapp} पर भेज दूँ?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'Main {day} ko cash le aaungi', 'Class ke baad cash de dungi', '@t Main aam taur par bank transfer leta hoon', 'Paise ka hum aapas mein dekh lenge', '@p {price} pound {payapp} par bhej diye hain',
      '@t Aap mujhe direct pay kar dijiye, dono ka commission bachega', '@t Account details: {bank}', '@t Payment link: {paylink}', '@t Direct payment par sasta padega, site 25% kaat leti hai',
      '@t Private mein {price} pound per hour leta hoon', 'मैं {day} को कैश दे दूँगी', '@t आप मुझे डायरेक्ट पेमेंट कर दीजिए, कमीशन बच जाएगा', '@t अकाउंट डिटेल्स: {bank}', '@p {price} पाउंड {payapp} पर भेज दिए हैं',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'Kya hum mil sakte hain?', 'Kya aap ghar aakar padha sakti hain?', '@p Aap classes ke liye ghar aa jaya kijiye?', '{day} {place} mil lein?', '{time} {place} milein?',
      '@p Hamara address {addr} hai, {day} theek rahega?', '@t Main {time} {place} hoonga, aa jaoge?', '@s test se pehle {place} mil sakte hain?',
      '@t Ghar walon ko batane ki zarurat nahi, bas thoda sa revision {place} kar lenge, theek?', '@s class face to face ho sakti hai?', 'क्या हम मिल सकते हैं?', '@p क्या आप घर आकर पढ़ा सकती हैं?',
      '{day} {place} मिल लें?', '@t मैं {time} {place} हूँगा, आ जाओगे?', '@p हमारा पता {addr} है, {day} आ सकती हैं?',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'Mera number {phone} hai', 'Ye mera number hai: {phone}', '@s mera number {phone}', '@t Mera personal number {phone} hai, jaldi reply karunga', '@p Mere pati ka number {phone} hai',
      'Emergency ke liye: {phone}', 'Number save kar lijiye: {phone}', 'मेरा नंबर {phone} है', 'यह मेरा नंबर है: {phone}', '@t मेरा पर्सनल नंबर {phone} है', 'इमरजेंसी के लिए: {phone}',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['Mujhe {phone} par call kar lijiye', '{phone} par {msg} kar dijiye', '{msg}: {phone}', '@s {phone} pe msg kar do', '@t Yahan click karke baat kijiye: {walink}', '{phone} पर कॉल कर लीजिए', '{phone} पर {msg} कर दीजिए', '{msg}: {phone} है'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'Mera email {email} hai', '@s mera email {email}', 'Mera {soc} {handle} hai', '{soc} pe add kar lo: {handle}', '@s {handle} {soc} pe', '@t Meri website: {url}',
      '@t {url} se direct book kar sakte hain, yahan se sasta hai', '@p Hamara address {addr} hai', 'Number {phone}, email {email}', 'मेरा ईमेल {email} है', 'मेरा {soc} {handle} है',
      '@t मेरी वेबसाइट: {url}', '@p हमारा पता {addr} है',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Homework {email} par bhej dijiye', '@p Report {email} par bhej dijiye please', '@s answers {email} pe bhej do na', 'Mujhe {email} par email kar dijiye', 'यह {email} पर भेज दीजिए'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p Mera beta aapka number maang raha hai', '@p Meri beti pooch rahi hai kya wo aapko {soc} par add kar sakti hai', '@p Mere pati aapse baat karna chahte hain, number de denge?',
      '@s mummy aapka number maang rahi hain', '@s papa pooch rahe hain aapka email kya hai', '@s mummy pooch rahi hain aap {msg} par ho?', '@t Apni mummy se kaho mujhe apna number bhej dein',
      '@p Meri friend ko tutor chahiye, aapka number de doon?', '@p मेरा बेटा आपका नंबर माँग रहा है', '@s मम्मी आपका नंबर माँग रही हैं', '@t अपनी मम्मी से कहो अपना नंबर भेज दें',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p Mere pati aapko direct pay karna chahte hain, account details de denge?', '@s mummy pooch rahi hain cash de sakti hain?', '@s papa pooch rahe hain {payapp} par bhej dein?',
      '@t Kya aapke papa cash de sakte hain?', '@s मम्मी पूछ रही हैं क्या कैश दे सकती हैं?', '@p मेरे पति डायरेक्ट पेमेंट करना चाहते हैं, अकाउंट नंबर दे देंगे?',
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'Video baar baar atak raha hai, {vid} par aa jaayein?', 'Classroom load nahi ho raha, {vid} par class kar lein?', 'Yahan mic kaam nahi kar raha, {vid} try karein?',
      '@s app baar baar bahar nikaal raha hai, {vid} pe kar lein?', '@t Aaj connection bahut kharab hai, {vid} par shift ho jaayein?', '@p Tablet par class nahi khul rahi, beti ko {vid} par call kar lenge?',
      'Awaaz nahi aa rahi, {msg} par try karein?', 'वीडियो बार-बार अटक रहा है, {vid} पर आ जाएँ?', 'क्लासरूम लोड नहीं हो रहा, {vid} पर क्लास कर लें?', '@t आज कनेक्शन बहुत खराब है, {vid} पर चलें?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'Platform nahi chal raha, {vid} ka link bhej diya hai', 'Login nahi ho raha, main {vid} par hoon', '@t Technical problem ki wajah se aaj ki class {vid} par hogi',
      '@s laptop kharab ho gaya, phone se {vid} pe aata hoon', '@t Site down hai, ye link hai: {vidlink}', 'प्लेटफ़ॉर्म नहीं चल रहा, {vid} का लिंक भेज दिया है', '@t आज की क्लास {vid} पर होगी',
      '@t साइट डाउन है, यह लिंक है: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Aapse jaldi sampark karne ka koi aur tarika hai?', 'App ke bahar aapse kaise baat karun?', 'Kahin aur baat kar sakte hain?', '@p Agar koi urgent baat ho to aapse kaise contact karun?',
      'Yahan messages bahut late aate hain, koi aur tarika hai?', '@s kahin aur baat karein?', 'Course khatam hone ke baad bhi contact mein rahein?', 'Platform ke bahar baat ho sakti hai?',
      'आपसे संपर्क करने का कोई और तरीका है?', 'ऐप के बाहर आपसे कैसे बात करूँ?', 'कहीं और बात कर सकते हैं?',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['@p Kya aap apna number share kar sakti hain, zarurat pade to call kar loon?', 'Kya main aapko call kar sakti hoon?', 'क्या मैं आपको कॉल कर सकती हूँ?', '@s mummy keh rahi hain aap unhe call kar lijiye', '@p Mere pati aapko call karna chahte hain, number de denge?'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Sir can you share your {msg} number? Mujhe homework ke baare mein poochna tha', "@s ma'am what's your {soc}? main add kar leti hoon", '@s aap {msg} pe ho? it would be so much easier',
      '@p Namaste, could I have your email? Report bhejni hai', '@p Is there a quicker way to reach you? Yahan reply bahut late aata hai', '@s can we do the class on {vid}? yahan bahut lag hai',
      '@p Can we meet {place}? Bachche ke liye aasaan rahega',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Can I pay you in cash? Site ki fees bahut zyada hai', '@t Direct payment kar denge? skip the fees', "@p Kya hum privately continue kar sakte hain? we'd rather avoid the commission", '@t Cash is fine, {day} ko de denge?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['Mera number {phone} hai, just in case', '@s my snap is {handle}, add kar lo', '@t Meri website {url} hai, you can book me there', "@p Email {email} hai, that's the easiest"],
  },
];
