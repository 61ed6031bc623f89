/**
 * English positive frame families. Slots are filled by the composer (see compose.ts); a role tag
 * ("@p ", "@s ", "@t ", or combined "@pt ") limits a frame to those writers.
 *
 * Conventions that decide `request` (COMMON-BRIEF.md): a question, a plea or a "let's / shall we"
 * invitation to contact, meet or pay elsewhere is a request; a statement or an imperative that just
 * gives one's own route ("zoom me later", "ping me at …", "I'll bring cash") is not. Families never
 * mix the two, so every frame of a family carries the same base labels.
 */
import type { Family } from './types.js';

export const EN_POSITIVES: Family[] = [
  // ---------------------------------------------------------------- ask for a phone number
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      "What's your number?", 'Can I get your number?', 'Could I have your mobile number?', "Which number's best for getting hold of you?",
      'Can you send me your number?', 'Can I grab your number?', "What's your mobile?", 'Do you mind giving me your number?',
      'Send me your number when you get a sec?', 'What number are you on?', 'Is it ok if I take your number?',
      'Have you got a mobile number I can use?', 'Can I have your number please?', "What's your phone number?",
      'Could you send over your phone number?', "Mind if I get your number?",
    ],
  },
  {
    id: 'ask_number.polite', act: 'ask_number', labels: ['request'], roles: ['parent', 'tutor'],
    frames: [
      'Would you be able to share a mobile number so I can contact you directly?', '@p Could you possibly let me have your phone number?',
      'Is there a number I can reach you on?', '@p Would it be alright to have your contact number in case of any problems?',
      '@p May I ask for a phone number for emergencies?', 'Would you mind sending me your mobile number when you get a chance?',
      '@p Could I trouble you for a contact number?', "@p I'd feel more comfortable having a phone number for you, would that be possible?",
      '@t Would you be happy to share a mobile number for lesson updates?', '@t Could you send me the best number to contact you on?',
      '@p Would you kindly let me know your telephone number?', '@t Is there a landline or mobile I can reach you on if needed?',
    ],
  },
  {
    id: 'ask_number.reason', act: 'ask_number', labels: ['request'],
    frames: [
      "What's your number? It'd be easier to sort {day} out",
      "@t Give me your number and I'll message you the homework", '@p Could I get your number, just so I can let you know if {child} is ill?',
      '@s can you give me your number so i can send you pics of my homework', "What's your number in case the site goes down?",
      '@s whats ur number so i can ask u stuff when im stuck',
      '@t Can you send me your mobile so I can remind you about lessons?', 'Could you give me your number? These messages come through really late',
      "@p What's your number? My husband wants to have a quick chat about {subj}", "@s can i have ur number for when i'm stuck on {topic}",
    ],
  },
  {
    id: 'ask_number.terse', act: 'ask_number', labels: ['request'], roles: ['student'],
    frames: ['num?', 'number?', 'ur number?', 'digits?', 'can i get ur num', 'number pls', 'drop ur number', 'number??', 'wats ur num', 'ur no. pls', 'mobile no.?', 'whats ur numberrr', 'num pls', 'give me ur number'],
  },
  // ---------------------------------------------------------------- ask for an email
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      "What's your email?", 'Can I have your email address?', "What's your personal email?", 'Could you send me your email?',
      'What email should I send it to?', 'Is there an email I can send the past papers to?', 'Could you drop me your email address?',
      'Do you have an email address I can use?', '@s whats ur email', '@s email?', "What's the best email for you?",
      'Can I get your gmail?', 'Would you mind sharing an email address?', '@s ur email pls',
    ],
  },
  {
    id: 'ask_email.reason', act: 'ask_email', labels: ['request'],
    frames: [
      "@p Could you give me your email so I can send you {child}'s school report?", '@s can I have your email so I can send the essay straight to you',
      "What's your email? The upload thing on here is rubbish", '@p Could you let me have a personal email address? The messages on here are a bit slow',
      '@t Can you send me your email so I can share the notes with you directly?', "@t What's a good email for you? I'll send the worksheets there instead",
      "@p What email do you use? I'd like to forward you the school's feedback", '@s can u give me ur email so i can send u my coursework',
      '@p Is there an email I could send {child}\'s mock papers to?', "@t What's your email address? I'd like to send the {subj} booklet as a PDF",
    ],
  },
  // ---------------------------------------------------------------- ask for a social handle
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      "What's your {soc}?", 'Do you have {soc}?', 'Are you on {soc}?', 'Can I add you on {soc}?', "What's your {soc} handle?",
      'Can I follow you on {soc}?', "@s what's ur {soc} @?", '@s send me ur {soc}', 'Have you got {soc}?', "What's your username on {soc}?",
      '@s can i add u on {soc}', '@s do u have {soc} or nah', '@s r u on {soc}', '@p Is {child} allowed to follow you on {soc}?',
    ],
  },
  {
    id: 'ask_social.terse', act: 'ask_social', labels: ['request'], roles: ['student'],
    frames: ['{soc}?', 'got {soc}?', 'ur {soc}?', '{soc} @?', 'wats ur {soc}', '{soc} or {soc2}?', '{soc}??', 'u got {soc}', 'ur {soc} pls', 'whats ur {soc} then'],
  },
  {
    id: 'ask_social.handle', act: 'ask_social', labels: ['request', 'social'], roles: ['student'],
    frames: [
      'whats ur @', 'ur @?', "what's your @ on there", 'drop ur @', 'send ur @ and ill follow', "what's your handle?", 'whats ur user',
      "what's your username so I can add you", 'socials?', 'what are your socials?', 'do you have socials?', 'can i follow u?',
      'can i dm u', 'can i send you a follow request?', 'can i snap u?', 'whats ur snap', 'add me back?',
    ],
  },
  {
    id: 'ask_social.dm', act: 'ask_social', labels: ['request'], roles: ['student', 'parent'],
    frames: [
      '@s should i just dm you on {soc}?', 'Can I message you on {soc} instead?', '@s can I slide into your {soc} dms lol',
      '@s mind if I follow you on {soc}?', 'Is it ok if I add you on {soc}?', '@p Could I message you on {soc}? I\'m on it more than this',
      "@s can i send u the pics on {soc}, it's easier", '@s would u accept if i followed u on {soc}',
    ],
  },
  // ---------------------------------------------------------------- ask whether they are on a platform
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'Are you on {msg}?', 'Do you have {msg}?', 'Do you use {msg}?', 'Have you got {msg}?', '@s u on {msg}?', '@s do u have {msg}',
      'Is your number on {msg}?', 'Do you do {vid} at all?', 'Do you have {vid} on your laptop?', 'Are you on {msg} by any chance?',
      "@p Do you use {msg}? It's so much easier for me", 'Can you do {vid}?', '@s u got {msg} or {msg2}?', 'Would you be on {msg}?',
      '@p Do you have {msg}? All the other parents use it', '@t Does {child} have {msg}?',
    ],
  },
  {
    id: 'ask_platform.terse', act: 'ask_platform', labels: ['request'], roles: ['student', 'parent'],
    frames: ['@s {msg}?', '@s {msg} or {msg2}?', '@s u on {msg}', '@s {vid}?', '@s {msg}??', '{msg} instead?', '@s {msg} easier?', '@p {msg}?'],
  },
  // ---------------------------------------------------------------- propose another platform
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'Shall we move this to {msg}?', "Can we continue on {msg}? It's easier", "Let's switch to {vid} for the lessons",
      'Would you be ok doing lessons over {vid} instead?', 'How about we chat on {msg}?', 'Can we just use {vid}? It works better for me',
      "It'd be easier on {msg}, is that ok?", "Could we do {day}'s lesson on {vid}?", "Let's take this to {msg}", 'Would it be easier to talk on {msg}?',
      '@t Would you prefer to have the lessons on {vid} from now on?', '@p Could we do lessons via {vid}? {child} finds it easier',
      "Why don't we just use {msg}?", '@s can we do the lesson on {vid} instead', 'Shall we carry on over {msg}?', 'Can we talk on {msg} instead of here?',
      '@t Would you like to join my revision {msg} group?', '@s can you make a {msg} group for our class?', "Let's do {day} on {vid}, yeah?",
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      "I'll send you a {vid} link for {day}", '{platv} me later', "I'll {platv} you at {time}", 'Message me on {msg} instead, I check it more',
      "Just {platv} me when you're ready", "I'm more active on {msg} tbh", "I'll add you on {msg}", 'Find me on {msg}, same name as here',
      "I'll set up a {vid} call for {time}", "We'll do the next one on {vid}", "@t I'll start the {vid} at {time}, just click the link",
      "@t From next week I'll run the lessons on {vid}", '@s ill {platv} u after school', '{msg} is easier for me', '@t Here\'s the link: {vidlink}',
      '@t Join me here for {day}: {vidlink}', "@t I'm going to add you to my {msg} group for revision tips", '@t Lesson link for {time}: {vidlink}',
      "I'm on {msg} most evenings", '@p {platv} me when {child} is ready',
    ],
  },
  // ---------------------------------------------------------------- pay outside the platform
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Can I pay you in cash instead?', 'Would cash be ok?', 'Do you take cash?', 'Is it ok if I pay you directly?',
      'Could we sort payment between us and skip the fees?', 'Can I just transfer you the money?', 'Would you accept {payapp}?',
      'Do you have {payapp}? I can send it now', 'Could I pay by bank transfer instead of through the site?',
      'Any chance we can pay outside the app? The fees are crazy', "@p Would you be happy to be paid directly? We'd rather the money went to you",
      '@p Is there any way to pay you without going through the platform?', '@t Would you be ok paying me directly from now on?',
      '@t Can you pay me by {payapp} this time?', 'Can we settle up in cash on {day}?', "@p What are your bank details? I'll transfer it tonight",
      '@t Could you send it straight to my account instead?', "Let's keep the money side between us, yeah?", '@p Can I give you cash for the next few and skip the booking fee?',
      "@t Would you mind paying me on {payapp}? The platform's cut is huge",
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      "I'll bring cash on {day}", "I'll pay you cash on the day", '@t I usually take payment by bank transfer', 'We can sort the money between us',
      "@p I'll {payapp} you the £{price}", '@t You can pay me directly, it saves us both the fees', "@t Happy to do it for £{price} cash if we keep it off the site",
      "@p I'll send the money to your {payapp}", "@t Here's my payment link: {paylink}", '@t {paylink} - pay there and we skip the platform fee',
      '@t Bank details: {bank}', "@t My details are {bank}, use {child}'s name as the reference", "@p Cash is easier for us, I'll leave it in an envelope",
      "@t If you pay me directly it's cheaper, the site takes 25%", '@t I do a discount for families who pay me directly', "We'll just do cash from now on",
      '@p I\'ve sent £{price} to your {payapp} for this week', '@t Pay me on {payapp} instead, same price minus the fee', '@p Dad will give you the cash at the door',
    ],
  },
  {
    id: 'pay_off.private', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Would you be open to carrying on privately?', '@p We\'d like to continue with you independently, is that possible?',
      '@p Could we book you privately over the summer?', 'Are you available for private lessons outside the platform?',
      '@t Would you like to carry on privately after this block?', '@p Do you ever take students privately, outside the site?',
      '@t Would you consider booking me directly instead of through here?', '@p Can we arrange lessons with you directly rather than through the agency?',
      "Let's carry on privately after the exams?", '@p Could we come to a private arrangement for {child}\'s lessons?',
    ],
  },
  {
    id: 'pay_off.private_offer', act: 'pay_off', labels: ['payment'], roles: ['tutor', 'parent'],
    frames: [
      "@t I can tutor {child} privately if you'd prefer, it's cheaper for you", '@t I also teach privately, outside the platform',
      "@p We'd be happy to continue with you privately next term", '@t After this block we can carry on independently',
      '@t I do private lessons too, £{price} an hour, no booking fee', "@t If you ever want to go private, I'm much cheaper off here",
      "@p We've decided to go private with you after Christmas", '@t Between us, I charge less when families book me directly',
    ],
  },
  // ---------------------------------------------------------------- meet in person
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'Can we meet in person?', 'Would you be able to do face to face lessons?', 'Could we do the next lesson in person?',
      'Is it possible to meet up for a session?', '@p Do you do home visits?', '@p Can you come to ours instead?',
      '@p Would you be able to come to our house for lessons?', '@s can we do the lesson irl', '@t Would you like to do a session in person before the exam?',
      'Could we meet somewhere for the next one?', '@t I\'m in {town} on {day}, would it help to meet up?', 'Do you ever do lessons face to face?',
      '@p Would you tutor {child} at our house?', '@s could we meet up so you can help me with {topic}?', '@t Fancy meeting up to go through the paper together?',
    ],
  },
  {
    id: 'meet.place', act: 'meet', labels: ['request'],
    frames: [
      'Shall we meet {place} on {day}?', 'Can we meet {place} at {time}?', "I could meet you {place} if that's easier?", "Let's meet {place} at {time}",
      'How about meeting {place} on {day}?', 'Meet me {place}, {time}?', "@t I'll be {place} at {time}, can you come by?",
      '@p Could you come to {addr} on {day} at {time}?', '@p Our address is {addr}, can you do {day}?', '@t We could do extra revision {place} after school if you like?',
      "@t I'll be {place} on {day}, pop by and I'll go through your paper", '@t No need to mention it to anyone, we could just meet {place}',
      '@s can we meet {place} before my exam?', 'Are you ok to meet {place} on {day}?', '@p Would meeting {place} work for you? {child} can walk there after school',
    ],
  },
  {
    id: 'meet.to_child', act: 'meet', labels: ['request'], roles: ['tutor'],
    frames: [
      'Do you want to meet up after school for some extra help?', 'We could meet {place} after school, just the two of us',
      "I'm near your school on {day}, want to grab a hot chocolate {place}?", "Don't worry about telling your parents, it's just a quick session {place}",
      'If you want extra help before the mock, I can meet you {place} at {time}', 'Want to meet {place} on {day}? Bring your {subj} book',
      "Shall I pick you up after school and we'll do {topic} {place}?", 'You could come round to mine on {day}, I live at {addr}',
    ],
  },
  // ---------------------------------------------------------------- share a detail
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'My number is {phone}', "Here's my number: {phone}", "{phone} that's me", 'My mob is {phone}', 'You can reach me on {phone}', 'Ping me at {phone}',
      'Save my number {phone}', "Number's {phone} if you need anything", 'This is my personal number {phone}', '{phone}', '@s my numbers {phone}',
      "@p My husband's number is {phone}, he's usually easier to get hold of", "@t My mobile is {phone}, it's quicker than the site",
      'In case of emergencies: {phone}', '@p Just so you have it, {phone}', 'Reach me on {phone} anytime', '@s its {phone} x', 'new number: {phone}',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: [
      'Text me on {phone}', "Call me on {phone} when you're free", 'Give me a ring on {phone}', "I'm on {msg}: {phone}", '{msg} - {phone}', 'Text {phone} anytime',
      'Ring me on {phone} after 6', 'You can message me on {msg}, number is {phone}', 'My {msg} is {phone}', "@t Drop me a text on {phone} if you're running late",
      '@s text me {phone}', "@p Call {phone} if there's a problem", '{walink}', '@t Click here to chat: {walink}', '@p My {msg} number is {phone}',
      '@s {msg} me on {phone}',
    ],
  },
  {
    id: 'share.email', act: 'share', labels: [],
    frames: [
      'My email is {email}', 'Email me at {email}', '{email} is my personal one', "It's {email}", 'You can email me on {email}',
      "Here's my email {email}", '@s my email is {email}', '{email}',
      "Best to use {email}, I don't check this app much", "@t Drop me an email at {email} and I'll send the answers", '@p Email is {email}',
      '@t Feel free to email {email} with any questions',
    ],
  },
  {
    // Asking for things to be sent to one's own address is a request as well as an email.
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: [
      'Send it to {email}', '@t Send the homework to {email}', '@p Please send the report to {email}', '@s can u send the answers to {email}',
      "@p Could you email {child}'s feedback to {email} instead?", 'Can you forward the notes to {email}? I never check this app', "@t Please send future work to {email}, it's easier",
    ],
  },
  {
    id: 'share.social', act: 'share', labels: [],
    frames: [
      'My {soc} is {handle}', 'Add me on {soc}, {handle}', "I'm {handle} on {soc}", '{handle} on {soc}', '@s follow me {handle}', '@s add me {handle}',
      '{soc}: {handle}', 'My @ is {handle}', '@s {handle} add me', '@t My teaching {soc} is {handle}, I post revision tips there',
      "@s it's {handle} on {soc} x", '@s just search {handle}', '@s my {soc} is {handle} btw', '@p {child} is {handle} on {soc} if that helps',
    ],
  },
  {
    id: 'share.url', act: 'share', labels: ['url'], roles: ['tutor'],
    frames: [
      "Here's my site {url}", 'You can book me directly through {url}', 'My rates are on {url}', "Check out {url}, that's my own page",
      "Book with me at {url}, it's cheaper than here", 'All my resources are on {url}', "You'll find my availability at {url}", '{url}',
      "Google my name plus 'tutor {town}', it's the first result", 'My own website is {url} if you want to see reviews',
    ],
  },
  {
    id: 'share.address', act: 'share', labels: [], roles: ['parent', 'tutor'],
    frames: [
      '@p Our address is {addr}', "@p We're at {addr}", '@t I live at {addr}', '@p The address is {addr}, park on the drive', '@p {addr}, the blue door',
      '@t My address is {addr} if you need to post anything', '@p For the lesson on {day}: {addr}', "@p We're {addr}, buzzer 2",
      "@p We've moved, new address is {addr}",
    ],
  },
  {
    id: 'share.combo', act: 'share', labels: [],
    frames: [
      "My number's {phone} and email is {email}", '{phone} / {email}', "{email} or {phone}, whichever's easier", '@t Contact: {phone}, {email}',
      '@p Here are my details: {phone}, {email}', 'Number {phone}, {soc} {handle}', '@t {url} or {phone}', '@p {phone}, or email {email}',
      '@s {soc} is {handle} and my number is {phone}',
    ],
  },
  // ---------------------------------------------------------------- on someone else's behalf
  {
    id: 'third_party.parent', act: 'third_party', labels: ['request'], roles: ['parent'],
    frames: [
      'My son would like your number', 'My daughter asked if she could have your {soc}', '{child} keeps asking if you have {soc}',
      'My sister wants lessons too, can she contact you directly?', "A friend wants tutoring for her son, what's the best number to pass on?",
      'My husband would like your email to send you some past papers',
      "Could {child} have your number for when she's stuck on homework?", 'My mum is picking {child} up, can she have your number?',
      'My wife asked whether you have {msg}', '{child} wants to know if she can add you on {soc}',
    ],
  },
  {
    id: 'third_party.student', act: 'third_party', labels: ['request'], roles: ['student'],
    frames: [
      'my mum wants your number', 'my dad said can he have your email', 'my mum asked if u have {msg}',
      'my brother wants ur number for lessons', 'my friend wants lessons, can i give her your number?', 'my mum said to ask for your number so she can sort stuff',
      'my mum wants to know ur email', 'my sister said are u on {soc}',
    ],
  },
  {
    id: 'third_party.tutor', act: 'third_party', labels: ['request'], roles: ['tutor'],
    frames: [
      'Could your mum send me her number?', 'Can you ask your dad for his email so I can send the progress report?', "Could you pass me your mum's number?",
      "Could you give me a number for {child}'s dad?", 'Is there a number I can reach {child} on directly?',
      'Does {child} have a phone I could message her on?', "What's your mum's mobile? I'd like a quick word about {subj}",
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p My husband wants to pay you directly, can he have your bank details?', '@s my mum asked if she can pay you cash',
      '@s my dad says can he just send it on {payapp}', '@p My mother will be paying, could she transfer to you directly?',
      '@t Could your dad pay me by bank transfer this time?', '@p Grandad wants to pay for the lessons, can he just give you cash?',
      '@s my mum wants to know if she can pay u on {payapp} instead', '@t Would your parents be ok paying me cash from now on?',
    ],
  },
  // ---------------------------------------------------------------- technical problem as a pretext
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'The video keeps freezing, can we switch to {vid}?', "The classroom isn't loading for me, shall we do {vid} instead?",
      "My mic won't work on here, can we do it on {vid}?", "The site's down again, can we use {vid} just for today?",
      "I can't hear you at all, can we try {vid}?", 'The whiteboard keeps crashing, would {vid} be ok?', "@s laptop's playing up, can I join on {vid} from my phone?",
      '@s the app keeps kicking me out, can we do {vid}', "@p The lesson space won't open on our iPad, could you call {child} on {vid} instead?",
      '@t The connection on here is awful today, shall we try {vid}?', 'Messages on here keep failing, can I {platv} you?',
      "@t Your camera isn't working on the platform, do you have {vid}?", "Screen share isn't working here, could we jump on {vid}?",
      "@s the audio's broken again can we just use {msg}", '@p The app keeps logging me out, could we message on {msg} instead?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      "The classroom's broken so I've sent you a {vid} link", "Site won't load, I'll {platv} you in 5", "Can't get on here, I'll be on {vid}",
      "Connection's awful so we'll do it on {vid} today", "Messages on here aren't sending, I'll {platv} you", "@t The platform's having issues, join me here instead: {vidlink}",
      "@t Lesson space is down so we're on {vid} today", '@s my laptop broke so ill use {vid} on my phone', "@t Audio's not working on here, I'm calling you on {vid} now",
      "@t Because of the outage, today's lesson will be on {vid}", "@s app crashed, i'm on {msg} if u need me", "@t Whiteboard's frozen, I'll share my screen on {vid} instead",
    ],
  },
  // ---------------------------------------------------------------- indirect asks
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Is there a quicker way to reach you?', 'Is there a better way to get hold of you?', 'How else can I contact you?', 'Do you have another way we could talk?',
      'Can we talk somewhere else?', 'Is there somewhere easier to chat?', 'Can I message you outside this app?',
      'These messages take ages, is there a faster way to reach you?', "What's the easiest way to get hold of you outside of here?",
      'Can we keep in touch after the course ends?', 'Can we chat off here?', '@s is there anywhere else i can message u',
      '@p Is there a direct way to contact you, rather than through the site?', '@t Is there a better way to reach you than this app?',
      '@s how do i contact u if this app stops working', '@p Do you have a direct line?', 'Could we talk outside the platform?', '@s can we talk somewhere private',
      'Can I reach you directly?', "@p How do I get hold of you if it's urgent and you're not on here?",
    ],
  },
  // ---------------------------------------------------------------- long, chatty messages
  {
    id: 'ask_number.story', act: 'ask_number', labels: ['request'],
    frames: [
      "@p Hi, I just wanted to say thank you for everything this term. {child} has come on so much in {subj} and actually enjoys it now, which I never thought I'd say. We'd like to keep going over the summer. Would you be able to send me your number so we can sort out dates more easily?",
      "@p Sorry to message so late. {child} had a bit of a wobble after school today about the mock and I think a quick chat would really help. Is there a number I can reach you on? It's so much quicker than typing everything out on here.",
      "@s hey sorry to bug you, i'm doing the past paper you set and i'm stuck on the {topic} question again, i've tried it like 3 times. would it be ok to have your number so i can just send you a pic when i get stuck? it would be way faster",
      "@t Hi {name}, it was lovely to meet {child} today and I think we'll make great progress with {topic}. I like to keep parents updated after each session, so could you send me the best mobile number to reach you on? I'll drop you a quick summary after every lesson.",
      "@p Good evening. My husband and I both work long shifts and we often miss the notifications from this app, so we sometimes don't see your messages until the next day. Would you mind giving us a phone number we can use instead?",
      "@s ok so my mum keeps asking me when the next lesson is and i keep forgetting to check the app. she said to ask if she could just have your number and sort it with you directly? sorry lol",
    ],
  },
  {
    id: 'pay_off.story', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      "@p Hi {name}, we've been really happy with the lessons. I noticed the booking fee has gone up again this month and with two children it's adding up. Would you be open to us paying you directly instead? We'd happily pay the same rate, it would just save us the extra.",
      "@t Hi {name}, thanks for booking the next block. Just so you know, the site takes quite a big cut of what you pay, so if it's easier for you I'm happy to take payment by bank transfer directly. Would that work for you?",
      "@p Hello, quick question before the holidays. {child}'s grandparents want to pay for a few extra sessions as a birthday present, but they don't have an account on here. Could they just give you cash on the day?",
      "@t Hope the exams went well! If {child} wants to keep going next year, I do private lessons outside the platform at £{price} an hour, which works out cheaper for you. Shall we sort that out between us?",
      "@p Our card keeps getting declined on the site and I've spent half an hour trying. To save us both the hassle, could I just send the money over on {payapp} this week and we carry on as normal?",
    ],
  },
  {
    id: 'meet.story', act: 'meet', labels: ['request'],
    frames: [
      "@p Hi, {child} is really struggling with the online format, she finds it hard to concentrate on a screen for an hour. Would you consider coming to the house for lessons instead? We're not far from {town} and we'd cover your travel of course.",
      "@t Hi {name}, I'm going to be in {town} on {day} anyway for another student, so if it's helpful I could meet {child} {place} at {time} and we could go through the mock paper together face to face. Let me know if that works?",
      "@s hey, i know we normally do it on here but i find it way easier when someone explains stuff in person. could we meet {place} one day after school instead? my mum said it's fine",
      "@p Good afternoon. We've recently moved and we're now only ten minutes from you. Would it be possible to switch to in-person lessons at our home? The address is {addr}, and {day} evenings work best for us.",
    ],
  },
  {
    id: 'propose_platform.story', act: 'propose_platform', labels: ['request'],
    frames: [
      "@p Hi {name}, I hope you don't mind me asking. All the parents in {child}'s class use {msg} and I find it much easier to keep track of things there than on this site, where I always miss the notifications. Would you be happy to move our messages over to {msg}?",
      "@t Hi {name}, I've noticed the classroom on here keeps dropping out for {child}, which is eating into our lesson time. I've had far fewer problems with {vid}, so shall we switch to that from next week? I'll send a link before each lesson.",
      "@s hi sorry this is a bit random but the app on my phone keeps crashing every time i try to send you my homework photos. is it ok if we just use {msg} instead? i promise i'll only message about homework",
      "@p Thank you for today. One thing: {child} uses {vid} at school every day and is much more relaxed on it than in the classroom here. Could we try doing {day}'s lesson on {vid} and see how it goes?",
    ],
  },
  // Phone calls and texts named as the channel: `platform` as well (COMMON-BRIEF.md: "plain
  // SMS/phone calls as a channel"). Kept in their own families so they can be held out or relabelled.
  {
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: [
      "Can I have your number so I can text you if we're running late?", "@p Can I get your number? I'd rather ring than type all this out", 'Can I call you instead?',
      "@p Would it be easier if I just rang you? What's the best number?", '@s can i just text u instead', '@t Is it ok if I give you a quick call this evening? What number should I use?',
      'Can we just do this over the phone?', '@p Could you text me when you arrive?',
    ],
  },
  {
    id: 'third_party.call', act: 'third_party', labels: ['request', 'platform'],
    frames: [
      "@p {child}'s dad would like to call you, could you send me your number?", '@s my mum says can you text her', '@s my dad wants to ring you, whats ur number',
      '@t Ask your mum to text me, would you?', '@p My husband would like to give you a ring about {subj}, is that ok?', '@s my mum said can u call her later',
    ],
  },
];
