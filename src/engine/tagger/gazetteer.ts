/**
 * The address tagger's word lists: documented data, used as token features (a word's class, never a
 * rule on its own). The same lists are read at training time and at run time, so a feature means
 * the same thing in both. Kept compact on purpose: the model learns the rest from the words
 * themselves (hashed), the lists only help it generalise to streets and towns it never saw.
 */

/** Street-type words (UK, US, Irish), full and abbreviated. */
export const STREET_TYPES: readonly string[] = [
  'road', 'rd', 'street', 'st', 'str', 'lane', 'ln', 'avenue', 'ave', 'av', 'close', 'cl', 'drive', 'dr', 'crescent', 'cres',
  'way', 'grove', 'gr', 'terrace', 'terr', 'tce', 'place', 'pl', 'court', 'ct', 'gardens', 'gdns', 'boulevard', 'blvd',
  'parkway', 'pkwy', 'square', 'sq', 'mews', 'walk', 'row', 'rise', 'hill', 'view', 'green', 'parade', 'wharf',
  'yard', 'vale', 'croft', 'fold', 'chase', 'meadows', 'cottages', 'highway', 'hwy', 'circle', 'cir', 'trail', 'path',
  'pike', 'loop', 'alley', 'plaza', 'quay', 'embankment', 'esplanade', 'brae', 'wynd', 'park', 'heights', 'hollow',
  'junction', 'crossing', 'ridge', 'glen', 'manor', 'lawn', 'lawns', 'villas', 'bank', 'end', 'brow', 'side',
  'drove', 'paddocks', 'fields', 'approach', 'causeway', 'broadway', 'mount', 'copse', 'spinney', 'dale', 'nook',
  'fairway', 'orchard', 'course', 'meadow', 'gate', 'ramp', 'mall', 'port', 'ports', 'isle', 'springs',
];

/** Markers of a flat or unit inside a building. */
export const FLAT_WORDS: readonly string[] = ['flat', 'apt', 'apartment', 'unit', 'suite', 'ste', 'bldg'];

/** Words that mark a house or room number ("number 22", "room 214"): common in chat, so only a feature. */
export const NUMBER_MARKERS: readonly string[] = ['no', 'number', 'num', 'house', 'floor', 'block', 'room', 'building'];

/**
 * Street-type and place words too common in chat to wake the tagger on their own ("another way",
 * "at the end", "close to", "spoons" in a maths problem): they count only after a house number
 * ("17 Orchard Way"); elsewhere they are still features.
 */
export const COMMON_PLACE_WORDS: readonly string[] = [
  'end', 'side', 'bank', 'view', 'way', 'row', 'hill', 'green', 'path', 'loop', 'yard', 'place', 'court', 'walk', 'square',
  'circle', 'trail', 'fold', 'chase', 'rise', 'st', 'dr', 'cl', 'gr', 'pl', 'ct', 'av', 'cir', 'brow', 'glen', 'ridge',
  'crossing', 'junction', 'lawn', 'manor', 'close', 'drive', 'side', 'heights', 'hollow', 'plaza', 'coffee', 'car', 'stop',
  'shop', 'shops', 'market', 'corner', 'outside', 'inside', 'opposite', 'pool', 'gym', 'bench', 'clock', 'centre', 'center',
  'church', 'unit', 'suite', 'ste', 'pub', 'gate', 'gates', 'entrance', 'station', 'str', 'terr', 'cres', 'ln', 'sq', 'pike',
  'orchard', 'course', 'meadow', 'ramp', 'mall', 'port', 'ports', 'isle', 'springs', 'mount', 'fields', 'approach', 'dale',
  'spoons', 'boots', 'green', 'lawns', 'playground', 'mall', 'clock', 'pret', 'pool', 'market', 'coffee',
];

/** Towns and cities (UK, US, Ireland): a compact list of large places, lower-cased, single words. */
export const TOWNS: readonly string[] = [
  // UK
  'london', 'birmingham', 'manchester', 'leeds', 'liverpool', 'sheffield', 'bristol', 'newcastle', 'nottingham', 'leicester',
  'coventry', 'bradford', 'cardiff', 'edinburgh', 'glasgow', 'aberdeen', 'dundee', 'belfast', 'swansea', 'plymouth',
  'southampton', 'portsmouth', 'brighton', 'hove', 'reading', 'oxford', 'cambridge', 'york', 'hull', 'derby', 'stoke',
  'wolverhampton', 'sunderland', 'norwich', 'exeter', 'bath', 'chester', 'lancaster', 'preston', 'blackburn', 'bolton',
  'wigan', 'stockport', 'oldham', 'rochdale', 'salford', 'huddersfield', 'halifax', 'wakefield', 'doncaster', 'rotherham',
  'barnsley', 'harrogate', 'middlesbrough', 'durham', 'carlisle', 'luton', 'watford', 'slough', 'milton', 'keynes',
  'northampton', 'peterborough', 'ipswich', 'colchester', 'chelmsford', 'southend', 'croydon', 'bromley', 'ealing',
  'hackney', 'islington', 'camden', 'brixton', 'peckham', 'didsbury', 'headingley', 'chorley', 'bramhall', 'solihull',
  'walsall', 'dudley', 'telford', 'shrewsbury', 'worcester', 'gloucester', 'cheltenham', 'swindon', 'bournemouth',
  'poole', 'guildford', 'woking', 'crawley', 'maidstone', 'canterbury', 'dover', 'lincoln', 'grimsby', 'scunthorpe',
  'bedford', 'stevenage', 'hertford', 'st', 'albans', 'kent', 'surrey', 'essex', 'yorkshire', 'lancashire', 'norfolk',
  'suffolk', 'devon', 'cornwall', 'inverness', 'stirling', 'perth', 'newport', 'wrexham', 'bangor', 'derry', 'tadcaster',
  // US
  'springfield', 'austin', 'boston', 'chicago', 'seattle', 'portland', 'denver', 'dallas', 'houston', 'phoenix', 'atlanta',
  'miami', 'orlando', 'tampa', 'nashville', 'memphis', 'detroit', 'cleveland', 'columbus', 'cincinnati', 'pittsburgh',
  'philadelphia', 'baltimore', 'brooklyn', 'queens', 'evanston', 'madison', 'milwaukee', 'minneapolis', 'omaha',
  'sacramento', 'oakland', 'berkeley', 'fresno', 'tucson', 'albuquerque', 'raleigh', 'charlotte', 'richmond', 'arlington',
  'jacksonville', 'louisville', 'lexington', 'indianapolis', 'kansas', 'angeles', 'diego', 'francisco', 'jose', 'vegas',
  'toronto', 'vancouver', 'montreal', 'ottawa', 'calgary',
  // Ireland
  'dublin', 'cork', 'galway', 'limerick', 'waterford', 'kilkenny', 'sligo', 'athlone', 'drogheda', 'dundalk', 'swords',
  'bray', 'navan', 'naas', 'howth', 'rathgar', 'rathmines', 'ranelagh', 'kildare', 'wicklow', 'meath', 'kerry', 'tralee',
  'killarney', 'ennis', 'letterkenny', 'wexford', 'carlow', 'mullingar', 'tullamore', 'kilcullen', 'malahide', 'dun',
  'laoghaire', 'clonakilty', 'mayo', 'donegal', 'clare', 'tipperary', 'louth', 'offaly', 'westmeath', 'longford',
];

/** Two-letter US state and Canadian province codes (upper case in the text). */
export const STATE_CODES: readonly string[] = (
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI ' +
  'SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC AB MB NS'
).split(' ');

/** Places people propose to meet at: shops, cafés, public buildings and the parts of them. */
export const MEETING_PLACES: readonly string[] = [
  'cafe', 'café', 'coffee', 'costa', 'starbucks', 'nero', 'pret', 'greggs', 'mcdonalds', "mcdonald's", 'maccies', 'kfc',
  'tesco', 'sainsburys', "sainsbury's", 'asda', 'aldi', 'lidl', 'waitrose', 'co-op', 'coop', 'boots', 'waterstones',
  'spoons', 'wetherspoons', 'pub', 'library', 'cathedral', 'hall', 'nandos', "nando's", 'pizza', 'uni', 'college', 'campus', 'park', 'gate', 'gates', 'entrance', 'station', 'stop', 'centre', 'center',
  'mall', 'arndale', 'cinema', 'playground', 'bench', 'fountain', 'statue', 'clock', 'car', 'carpark', 'museum', 'church',
  'mosque', 'temple', 'leisure', 'gym', 'pool', 'shop', 'shops', 'market', 'corner', 'outside', 'inside', 'opposite',
];

/** Words before an address that say it is shared: living, sending, coming, meeting. */
export const SHARE_CUES: readonly string[] = [
  'live', 'lives', 'living', 'address', 'postcode', 'ours', 'home', 'house', 'send', 'post', 'deliver', 'drop', 'come',
  'pop', 'round', 'over', 'meet', 'see', 'wait', 'waiting', 'find', 'pick', 'collect', "we're", 'were', "i'm", 'im',
  'here', 'there', 'at', 'moved', 'staying', 'visit',
];

/**
 * Words that say an address is a lesson topic, fiction or history, not a place to meet. Specific on
 * purpose: one of them anywhere in a message is a feature of every token ('book', 'play', 'King' are
 * too common in invitations and street names to be here).
 */
export const LESSON_CUES: readonly string[] = [
  'extract', 'novel', 'story', 'chapter', 'character', 'characters', 'fictional', 'fiction', 'history', 'historical',
  'famous', 'poem', 'poet', 'film', 'episode', 'author', 'essay', 'holmes', 'sherlock',
  'watson', 'potter', 'harry', 'dursleys', 'simpsons', 'homer', 'minister', 'prime', 'residence', 'museum', 'citizenship',
  'describe', 'setting', 'quote', 'wrote', 'lived', 'born', 'died', 'century', 'victorian', 'war', 'government',
  'parliament', 'monopoly', 'quiz', 'example', 'imagine', 'pretend', 'made-up', 'fake', 'invented',
  'letter-writing', 'council', 'equation', 'graph', 'calculate', 'solve',
];

/** Number words (house numbers written out). */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred',
];

/** Compass words in US-style streets ("W 84th St"). */
export const DIRECTIONS: readonly string[] = ['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'upper', 'lower', 'old', 'new', 'great', 'little'];

/** The 121 UK postcode areas, upper case. */
export const UK_AREAS: readonly string[] = (
  'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
  'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE ' +
  'NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ ' +
  'TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
).split(' ');

/** Words that wake the tagger although they are never part of an address: invitations to meet. */
export const MEET_TRIGGERS: readonly string[] = ['meet', 'meeting', 'wait'];

/** Days, months and other times: never part of an address ("the café on Kings Road, Saturday at 10"). */
export const WHEN_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays',
  'thursdays', 'fridays', 'saturdays', 'sundays', 'mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'tomorrow', 'tonight',
  'today', 'weekend', 'morning', 'afternoon', 'evening', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'half', 'noon', 'ish', 'pm', 'am', "o'clock",
];
