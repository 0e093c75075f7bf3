// Word pools the benchmark corpus composes its names and sentences from. Invented on
// purpose: no name here occurs in seeds/, so generated facts never collide with real ones.

/** Invented regions and cities that qualify body names ("Varnholt Water Bureau"). */
export const REGIONS = [
  'Varnholt', 'Kestrel Bay', 'Orvane', 'Tamsford', 'Ellingrad', 'Brisca', 'Quellmoor', 'Dunhaven',
  'Saltreach', 'Morrowick', 'Pellandor', 'Hightarn', 'Corvelle', 'Ashmere', 'Wendholm', 'Lyrand',
  'Fenwick Vale', 'Istmark', 'Calder Ridge', 'Norbrook', 'Sevrin', 'Talloway', 'Ombria', 'Greywater',
  'Redcastle', 'Umberlin', 'Vossberg', 'Yarrowdale', 'Zelton', 'Harrowgate', 'Juniper Coast', 'Kilmora',
  'Larkspur', 'Midvale', 'Northmere', 'Oakhurst', 'Pinecrest', 'Ravenfell', 'Stonebridge', 'Thornbury',
  'Upton Marsh', 'Westerly', 'Aldermoor', 'Bellhaven', 'Cindral', 'Drovers End', 'Eastwold', 'Farrowby',
] as const;

/** Policy areas: the subject of a body, a unit or a law. */
export const SUBJECTS = [
  'Maritime Affairs', 'Soil Conservation', 'Rail Transport', 'Public Archives', 'Water Resources',
  'Civil Aviation', 'Forestry', 'Fisheries', 'Energy Efficiency', 'Public Health', 'Housing',
  'Veterinary Services', 'Weather Forecasting', 'Seed Certification', 'Mineral Surveys',
  'Cultural Heritage', 'Consumer Protection', 'Road Safety', 'Postal Services', 'Statistics',
  'Land Registration', 'Coastal Defence', 'Waste Management', 'Vocational Training', 'Food Safety',
  'Geological Mapping', 'Broadcasting Standards', 'Customs Valuation', 'Flood Control',
  'Pharmaceutical Licensing', 'Inland Waterways', 'Grain Reserves', 'Urban Planning',
  'Sports Development', 'Metrology', 'Nuclear Safety', 'Tourism Promotion', 'Pension Funds',
  'Seismic Monitoring', 'Textile Standards', 'Port Operations', 'Rural Credit', 'Wildlife Protection',
  'Digital Records', 'Emergency Shelter', 'Air Quality', 'Procurement Oversight', 'Apprenticeships',
  'Drinking Water', 'Mining Safety', 'Copyright Registration', 'Space Weather', 'Bridge Inspection',
  'Seaweed Farming', 'Tunnel Engineering', 'Library Services', 'Orchard Management', 'Salt Production',
] as const;

/** How an independent body is named around its subject. */
export const AGENCY_PATTERNS = [
  (region: string, subject: string) => `${region} ${subject} Bureau`,
  (region: string, subject: string) => `${region} Commission for ${subject}`,
  (region: string, subject: string) => `${region} ${subject} Administration`,
  (region: string, subject: string) => `Office of ${subject} of ${region}`,
  (region: string, subject: string) => `${region} Institute of ${subject}`,
  (region: string, subject: string) => `${region} ${subject} Authority`,
] as const;

/** Top-level bodies that many documents name as their parent (shared facts across documents). */
export const PARENT_PATTERNS = [
  (region: string) => `State Council of ${region}`,
  (region: string) => `Ministry of Public Works of ${region}`,
  (region: string) => `${region} Provincial Government`,
  (region: string) => `Ministry of Interior Affairs of ${region}`,
  (region: string) => `${region} Development Council`,
] as const;

/** How a document says a body hangs under its parent. */
export const SUBORDINATION_PHRASES = [
  'a constituent department of',
  'an institution directly under',
  'a body administered by',
  'a public institution directly under',
] as const;

/** Internal units: a kind plus a subject. */
export const UNIT_PATTERNS = [
  (subject: string) => `Department of ${subject}`,
  (subject: string) => `${subject} Division`,
  (subject: string) => `${subject} Office`,
  (subject: string) => `${subject} Coordination Bureau`,
  (subject: string) => `${subject} Team`,
] as const;

/** Unit names that most bodies have. */
export const COMMON_UNITS = ['General Office', 'Finance Division', 'Personnel Department', 'Legal Affairs Office', 'Audit Office'] as const;

/** Laws and instruments: a pattern plus a subject and region. */
export const LAW_PATTERNS = [
  (region: string, subject: string) => `${subject} Law of ${region}`,
  (region: string, subject: string) => `${region} Regulations on ${subject}`,
  (_region: string, subject: string) => `Measures for the Administration of ${subject}`,
  (region: string, subject: string) => `Provisions of ${region} on ${subject}`,
  (region: string, subject: string) => `${region} ${subject} Development Plan`,
] as const;

/** Given names (invented or uncommon in the seeds). */
export const GIVEN_NAMES = [
  'Orla', 'Tamsin', 'Bertil', 'Ysolde', 'Caspian', 'Mirela', 'Tobiah', 'Elowen', 'Radek', 'Sunniva',
  'Anselm', 'Ilsabet', 'Corwin', 'Delphine', 'Evander', 'Fenna', 'Gideon', 'Hesper', 'Ivo', 'Jessamy',
  'Kasimir', 'Linnea', 'Matthias', 'Nerys', 'Osric', 'Perpetua', 'Quentin', 'Rosalind', 'Severin', 'Thea',
  'Ulric', 'Verity', 'Wendel', 'Xanthe', 'Yorick', 'Zinnia', 'Aurelio', 'Brynja', 'Cosimo', 'Dagny',
] as const;

/** Family-name syllables: a start and an end make one name ("Vennmark"). */
export const FAMILY_STARTS = [
  'Venn', 'Hal', 'Strom', 'Ash', 'Brek', 'Cald', 'Dor', 'Ell', 'Fair', 'Grim', 'Hart', 'Ing', 'Kell',
  'Lind', 'Mor', 'Norr', 'Ost', 'Pell', 'Quill', 'Rav', 'Sand', 'Thal', 'Ulm', 'Vark', 'Wyn', 'Yel',
] as const;
export const FAMILY_ENDS = [
  'mark', 'berg', 'wick', 'stad', 'holm', 'ley', 'ford', 'croft', 'dale', 'gard', 'heim', 'lund',
  'mont', 'ridge', 'ton', 'vale', 'well', 'worth', 'by', 'more', 'ström', 'aker', 'hollow', 'stone',
] as const;

/** Posts a leader holds (the `post` of `Name : post`). */
export const POSTS = [
  'Director', 'Deputy Director', 'Secretary of the Party Leadership Group and Director', 'Chief Engineer',
  'Member of the Leadership Group and Deputy Director', 'Chief Economist', 'Commissioner', 'Deputy Commissioner',
  'Head of the Discipline Inspection Team', 'Chief Inspector',
] as const;

/** The verbs duties open with. */
export const DUTY_VERBS = [
  'Formulate and organize the implementation of', 'Supervise and manage', 'Draw up and revise',
  'Coordinate and promote', 'Undertake the daily management of', 'Guide and inspect', 'Monitor and analyze',
  'Be responsible for', 'Organize and coordinate', 'Review and approve', 'Study and put forward',
  'Participate in drafting',
] as const;

/** The objects of duties, composed with a subject. */
export const DUTY_OBJECTS = [
  (subject: string) => `plans, policies and standards for ${subject.toLowerCase()}`,
  (subject: string) => `the licensing and inspection of ${subject.toLowerCase()} operators`,
  (subject: string) => `statistics and early warning in the field of ${subject.toLowerCase()}`,
  (subject: string) => `fixed asset investment projects related to ${subject.toLowerCase()}`,
  (subject: string) => `emergency response and safety supervision of ${subject.toLowerCase()}`,
  (subject: string) => `international cooperation and exchanges on ${subject.toLowerCase()}`,
  (subject: string) => `the training of personnel engaged in ${subject.toLowerCase()}`,
  (subject: string) => `public information services concerning ${subject.toLowerCase()}`,
] as const;

/** Clauses that lengthen a duty sentence. */
export const DUTY_TAILS = [
  'put forward policy recommendations and organize their implementation',
  'coordinate and solve major problems arising in the work',
  'guide the work of subordinate institutions at all levels',
  'supervise the use of special funds according to law',
  'promote the sharing of information resources among departments',
  'undertake investigation and research on related matters',
  'organize the drafting of relevant technical specifications',
  'maintain order and protect the rights and interests of the public',
] as const;

/** Filler sentences for the prose parts of a document. */
export const PROSE = [
  'Over the past decade the work has been continuously improved and the institutional framework has gradually taken shape.',
  'The reform of the administrative system has been deepened, and the division of responsibilities between levels has been clarified.',
  'Public consultation is held before major decisions are taken, and the results are published on the official website.',
  'The staffing plan was approved together with the functions and internal institutions, and personnel were in place within the year.',
  'Annual reports on the use of funds and the performance of duties are submitted to the supervising body and made public.',
  'Cooperation with research institutions and universities supports evidence-based policy making in the sector.',
  'Regional branches carry out inspections within their respective administrative areas under unified guidance.',
] as const;

/** Numbering words for "(two)" lists. */
export const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
] as const;

/** Ordinal words for "Second, ..." lists. */
export const ORDINAL_WORDS = [
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth',
  'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth',
  'Eighteenth', 'Nineteenth', 'Twentieth',
] as const;

/** Upper-case roman numerals for "I." lists. */
export const ROMAN_NUMERALS = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI',
  'XVII', 'XVIII', 'XIX', 'XX',
] as const;

/** Months for establishment dates. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;
