/**
 * The words synthetic councils are made of: outcome themes, their subjects and the objects of actions, in
 * the register of English councils' strategic plans, so that text search behaves as it would on real plans
 * (common words like "support" and "communities" everywhere, rarer ones like "flood" in a few places).
 */
export interface CouncilTheme {
  name: string;
  statement: string;
  subjects: string[];
  objects: string[];
  qualifiers: string[];
}

export const COUNCIL_THEMES: CouncilTheme[] = [
  {
    name: 'Clean, Green Future', statement: 'People act now to tackle climate change and protect the environment.',
    subjects: ['Net zero emissions', 'Cleaner air', 'Less waste', 'Flood resilience', 'Nature recovery'],
    objects: ['the air quality action plan', 'electric vehicle charging points', 'household recycling centres', 'flood alleviation schemes', 'tree planting'],
    qualifiers: ['in market towns', 'with district councils', 'by 2030', 'on council land', 'across the county'],
  },
  {
    name: 'Great Communities', statement: 'Communities are inclusive, engaged and resilient.',
    subjects: ['Strong communities', 'Volunteering', 'Cultural life', 'Digital inclusion', 'Safe neighbourhoods'],
    objects: ['the community grants scheme', 'library services', 'volunteer networks', 'digital skills sessions', 'heritage sites'],
    qualifiers: ['with the voluntary sector', 'in rural areas', 'for older people', 'with parish councils', 'through community hubs'],
  },
  {
    name: 'Improving Opportunities', statement: 'Every child gets the best start and everyone can reach their potential.',
    subjects: ['Best start in life', 'School readiness', 'Skills for work', 'Special educational needs support', 'Early help'],
    objects: ['family hubs', 'school places', 'apprenticeships', 'SEND provision', 'early years settings'],
    qualifiers: ['for disadvantaged pupils', 'with schools and colleges', 'in areas of need', 'for care leavers', 'from age two'],
  },
  {
    name: 'Strong Economy, Transport and Infrastructure', statement: 'The economy is productive and infrastructure keeps pace with growth.',
    subjects: ['Productive economy', 'Reliable roads', 'Superfast broadband', 'Affordable homes', 'Sustainable transport'],
    objects: ['the local transport plan', 'highway maintenance', 'bus services', 'business support', 'gigabit broadband'],
    qualifiers: ['along growth corridors', 'with the enterprise partnership', 'in town centres', 'for small businesses', 'near new housing'],
  },
  {
    name: 'Keeping People Safe and Well', statement: 'People are safe and live healthy, independent lives.',
    subjects: ['Healthy weight', 'Independent living', 'Mental wellbeing', 'Safeguarding', 'Carers supported'],
    objects: ['adult social care reablement', 'the healthy weight strategy', 'domestic abuse services', 'carers support', 'smoking cessation'],
    qualifiers: ['with the NHS', 'at home', 'for people with learning disabilities', 'with the police', 'in every district'],
  },
  {
    name: 'Thriving Places', statement: 'Towns and villages are vibrant places to live, work and visit.',
    subjects: ['Vibrant town centres', 'Visitor economy', 'Good quality housing', 'Green spaces', 'Active travel'],
    objects: ['regeneration schemes', 'country parks', 'cycle routes', 'the visitor economy strategy', 'market town plans'],
    qualifiers: ['with local businesses', 'through planning policy', 'in coastal towns', 'with landowners', 'for young people'],
  },
];

export const ACTION_VERBS = ['Deliver', 'Expand', 'Work with partners to improve', 'Invest in', 'Review', 'Launch', 'Support', 'Develop', 'Commission', 'Extend'];

export const DEPARTMENTS = [
  'Adults and Communities Department', 'Children and Family Services Department', 'Environment and Transport Department',
  'Public Health Department', 'Chief Executive\'s Department', 'Corporate Resources Department',
];

export const PARTNER_STRATEGIES = [
  {
    code: 'JHWS', title: 'Joint Health and Wellbeing Strategy', partnership: 'Health and Wellbeing Board',
    priorities: ['Best start for life', 'Staying healthy', 'Living well with long-term conditions', 'Mental health', 'Ageing well', 'Healthy places'],
  },
  {
    code: 'CSP', title: 'Community Safety Partnership Plan', partnership: 'Community Safety Partnership',
    priorities: ['Reduce reoffending', 'Tackle domestic abuse', 'Safer roads', 'Prevent exploitation', 'Anti-social behaviour', 'Hate crime'],
  },
  {
    code: 'SEP', title: 'Strategic Economic Plan', partnership: 'Local Enterprise Partnership',
    priorities: ['Productivity', 'Skills', 'Innovation', 'Infrastructure for growth', 'Inward investment', 'Low carbon economy'],
  },
];

export const SAVINGS_MEASURES = [
  'Review of day services', 'Reduce agency staffing', 'Digital customer contact', 'Recommission home care', 'Rationalise office estate',
  'Street lighting LED conversion', 'Review of home to school transport', 'Income from traded services', 'Shared back-office services',
  'Reduce residential placements through early help', 'Waste contract renegotiation', 'Library service redesign',
];
