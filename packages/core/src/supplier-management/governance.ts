/**
 * The organisation's governance bodies (styringsorganer) as the Drejebog describes them (level 2, "Styringsorganer"):
 * declared once here in Danish and English, so an administrator can create them with one action and then edit
 * them. A body's participants are the grundmodel roles (keys of the `responsibility_role` option list); who
 * actually sits in it is the organisation's own list of members.
 */

type Words = { da: string; en: string };
type WordList = { da: readonly string[]; en: readonly string[] };

export type DrejebogBody = {
  /** Stable key: a body created from the Drejebog carries it, so creating the defaults twice adds nothing. */
  key: string;
  name: Words;
  purpose: Words;
  /** Meetings a year, fewest–most; null: as needed. */
  meetings: { min: number; max: number } | null;
  participantRoles: readonly string[];
  inputs: WordList;
  outputs: WordList;
  responsibilities: WordList;
  /** The body it escalates to (its key), and a recipient outside the register. */
  escalatesTo: string | null;
  escalatesToText: Words | null;
};

export const DREJEBOG_BODIES: readonly DrejebogBody[] = [
  {
    key: 'digitaliseringsudvalg',
    name: { da: 'Digitaliseringsudvalg', en: 'Digitalisation committee' },
    purpose: {
      da: 'Sætter retningen for kommunens digitalisering gennem digitaliseringsstrategien.',
      en: "Sets the direction of the municipality's digitalisation through the digitalisation strategy.",
    },
    meetings: { min: 4, max: 6 },
    participantRoles: ['digitaliseringschef', 'forvaltnings_it_koordinator', 'arkitekturansvarlig'],
    inputs: {
      da: [
        'Kommunens vision og strategi',
        'Fællesoffentlig digitaliseringsstrategi',
        'Fælleskommunal digitaliseringsstrategi',
        'Økonomiaftaler',
      ],
      en: [
        "The municipality's vision and strategy",
        'The joint public digitalisation strategy',
        'The joint municipal digitalisation strategy',
        'Financial agreements',
      ],
    },
    outputs: { da: ['Godkendt digitaliseringsstrategi'], en: ['Approved digitalisation strategy'] },
    responsibilities: {
      da: ['Igangsætter, følger op på og godkender kommunens digitaliseringsstrategi'],
      en: ["Initiates, follows up on and approves the municipality's digitalisation strategy"],
    },
    escalatesTo: null,
    escalatesToText: { da: 'Kommunaldirektør', en: 'Chief executive' },
  },
  {
    key: 'portefoeljeudvalg',
    name: { da: 'Porteføljeudvalg', en: 'Portfolio committee' },
    purpose: {
      da: 'Sikrer overensstemmelse mellem digitaliserings- og leverandørstrategien og kommunens it-system- og it-projektportefølje, vurderer porteføljen løbende og igangsætter projekter til at forbedre den. Ansvarlig for it-afdelingens udbudsplan.',
      en: "Keeps the municipality's IT system and project portfolio in line with the digitalisation and supplier strategies, assesses the portfolio and starts projects to improve it. Responsible for the IT department's procurement plan.",
    },
    meetings: { min: 8, max: 10 },
    participantRoles: [
      'digitaliseringschef',
      'forvaltnings_it_koordinator',
      'arkitekturansvarlig',
      'it_controller',
      'kontraktstyringsansvarlig',
      'it_indkoeber',
      'systemejer',
    ],
    inputs: {
      da: [
        'Forslag til nye projekter og investeringer',
        'Prognose for tilgængelighed af ressourcer',
        'Samlet økonomisk overblik over it-porteføljen',
        'Anbefalinger til vurdering af it-porteføljen',
        'Kommunens digitaliseringsstrategi',
        'Kommunens leverandørstrategi',
        'KOMBITs udbudsplan',
        'Fælleskommunal Rammearkitektur',
      ],
      en: [
        'Proposals for new projects and investments',
        'Forecast of available resources',
        'Overall financial overview of the IT portfolio',
        'Recommendations on the assessment of the IT portfolio',
        "The municipality's digitalisation strategy",
        "The municipality's supplier strategy",
        "KOMBIT's procurement plan",
        'The joint municipal framework architecture',
      ],
    },
    outputs: {
      da: [
        'Godkendte projekter og udbudsplan',
        'Fremadrettet tidsplan for projekter og indkøb',
        'Løsninger på eskalerede konflikter fra projekter',
        'Finansielle beslutninger om strategiske initiativer og it-indkøb',
      ],
      en: [
        'Approved projects and procurement plan',
        'Schedule of coming projects and purchases',
        'Solutions to conflicts escalated from projects',
        'Financial decisions on strategic initiatives and IT purchases',
      ],
    },
    responsibilities: {
      da: [
        'Vurdere, prioritere og godkende it-investeringer og it-indkøb samt godkende en udbudsplan',
        'Sikre, at investeringer er i tråd med digitaliseringsstrategi og leverandørstrategi',
        'Facilitere løsning af modstridende prioriteter på tværs af fagområder',
        'Overvåge leverancen af projekter',
        'Løbende vurdere it-porteføljen',
        'Beslutte nødvendige ændringer til den eksisterende it-portefølje',
      ],
      en: [
        'Assess, prioritise and approve IT investments and purchases, and approve a procurement plan',
        'Ensure that investments follow the digitalisation and supplier strategies',
        'Help resolve conflicting priorities across departments',
        'Monitor the delivery of projects',
        'Assess the IT portfolio continuously',
        'Decide necessary changes to the existing IT portfolio',
      ],
    },
    escalatesTo: 'digitaliseringsudvalg',
    escalatesToText: null,
  },
  {
    key: 'arkitekturudvalg',
    name: { da: 'Arkitekturudvalg', en: 'Architecture committee' },
    purpose: {
      da: 'Sætter retningen for it-arkitekturen, godkender arkitekturprincipper og -standarder i overensstemmelse med de fælleskommunale og sikrer, at de efterleves. Holder øje med nye teknologiske muligheder og har det samlede overblik over kommunens it-landskab.',
      en: "Sets the direction of the IT architecture, approves architecture principles and standards in line with the joint municipal ones and sees that they are followed. Watches new technological possibilities and keeps the overview of the municipality's IT landscape.",
    },
    meetings: { min: 8, max: 10 },
    participantRoles: ['digitaliseringschef', 'arkitekturansvarlig', 'it_indkoeber', 'forvaltnings_it_koordinator'],
    inputs: {
      da: [
        'Digitaliserings- og leverandørstrategi',
        'Godkendt udbudsplan',
        'Nye teknologiske udviklingsmuligheder i markedet',
        'Fælleskommunal Rammearkitektur',
        'Projekters arkitekturbeskrivelser og væsentlige beslutninger',
      ],
      en: [
        'Digitalisation and supplier strategy',
        'Approved procurement plan',
        'New technological possibilities in the market',
        'The joint municipal framework architecture',
        "Projects' architecture descriptions and major decisions",
      ],
    },
    outputs: {
      da: [
        'Vision og målsætning for it-arkitektur',
        'Godkendelse af arkitekturprincipper, -standarder, -tjeklister og -retningslinjer',
        'Godkendelse af arkitekturvalg i projekter',
        'Forslag til nye projekter og investeringer',
      ],
      en: [
        'Vision and goals for the IT architecture',
        'Approval of architecture principles, standards, checklists and guidelines',
        'Approval of architecture choices in projects',
        'Proposals for new projects and investments',
      ],
    },
    responsibilities: {
      da: [
        'Godkende vision og målsætning for it-arkitektur',
        'Godkende arkitekturprincipper, -standarder, -tjeklister og -retningslinjer',
        'Vurdere og rådgive om projekters overholdelse af arkitekturprincipper',
        'Igangsætte og følge op på overvågning af markedet for nye teknologiske udviklingsmuligheder',
        'Rådgive om udviklingsmuligheder',
      ],
      en: [
        'Approve the vision and goals for the IT architecture',
        'Approve architecture principles, standards, checklists and guidelines',
        "Assess and advise on projects' compliance with the architecture principles",
        'Start and follow up on watching the market for new technological possibilities',
        'Advise on possibilities for development',
      ],
    },
    escalatesTo: 'digitaliseringsudvalg',
    escalatesToText: null,
  },
  {
    key: 'projektstyregrupper',
    name: { da: 'Projektstyregrupper', en: 'Project steering groups' },
    purpose: {
      da: 'Godkender faser og leverancer i projekter og styrer de risici og problemer, der opstår. Mindre forbedringsprojekter behøver ikke en styregruppe.',
      en: 'Approve phases and deliveries in projects and manage the risks and problems that arise. Small improvement projects need none.',
    },
    meetings: null,
    participantRoles: ['forvaltnings_it_koordinator', 'systemejer'],
    inputs: {
      da: [
        'Projektomfang og tidsplan',
        'Status for projekt',
        'Risici og afhængigheder for projekt',
        'Budget for projekt',
        'Ressourcebehov for projekt',
      ],
      en: [
        'Project scope and schedule',
        'Project status',
        'Project risks and dependencies',
        'Project budget',
        'Project resource needs',
      ],
    },
    outputs: {
      da: [
        'Godkendelser af faser og leverancer i projekter',
        'Statusrapporter for projekter til Porteføljeudvalg',
        'Afbødningsplaner for risici',
        'Eventuelle forespørgsler om yderligere ressourcer',
      ],
      en: [
        'Approval of phases and deliveries in projects',
        'Project status reports to the portfolio committee',
        'Risk mitigation plans',
        'Any requests for further resources',
      ],
    },
    responsibilities: {
      da: [
        'Sikre, at projekter overholder tidsplaner og budgetter',
        'Vurdere og godkende ændringer af scope',
        'Håndtere status, omkostninger og faser i projekter',
        'Ansvarlig for udarbejdelse af enkelte udbud',
        'Ansvarlig for enkelte indkøb og dermed fastsættelse af SLA’er og OLA’er i samarbejde med It-indkøber og Kontraktstyringsansvarlig',
      ],
      en: [
        'Ensure that projects keep to schedules and budgets',
        'Assess and approve changes of scope',
        'Manage status, costs and phases of projects',
        'Responsible for preparing individual tenders',
        'Responsible for individual purchases and so for setting SLAs and OLAs, with the IT buyer and the contract manager',
      ],
    },
    escalatesTo: 'portefoeljeudvalg',
    escalatesToText: { da: 'Kontraktstyringsansvarlig', en: 'Contract manager' },
  },
  {
    key: 'leverandoerstyringsudvalg',
    name: { da: 'Leverandørstyringsudvalg', en: 'Supplier management committee' },
    purpose: {
      da: 'Sætter de overordnede rammer for leverandørstyring og krav til leverandører og performanceovervåger og styrer dem på tværs af kontraktporteføljen, herunder sammenhængen mellem SLA’er og OLA’er. Har overblik over de økonomiske bindinger til kommunens leverandører; afvigelser kan eskaleres, og der indgås dialog med leverandører for at løse konflikter.',
      en: "Sets the overall frame for supplier management and the requirements on suppliers, and monitors and manages their performance across the contract portfolio, including that SLAs and OLAs fit together. Keeps the overview of the financial ties to the municipality's suppliers; deviations can be escalated, and conflicts are resolved in dialogue with the suppliers.",
    },
    meetings: { min: 8, max: 10 },
    participantRoles: ['kontraktstyringsansvarlig', 'it_controller', 'it_indkoeber', 'systemejer'],
    inputs: {
      da: [
        'Leverandørstrategi',
        'Statusrapporter, herunder opfølgning på leverancer under kontrakter',
        'SLA’er og OLA’er',
        'Fælleskommunale erfaringer',
      ],
      en: [
        'Supplier strategy',
        'Status reports, including follow-up on deliveries under contracts',
        'SLAs and OLAs',
        'Experience shared between municipalities',
      ],
    },
    outputs: {
      da: [
        'Anbefalinger til vurdering af it-porteføljen til Porteføljeudvalg',
        'Korrigerende handlinger over for leverandører',
        'Dokumentation af erfaringer med kontrakter og leverandører til deling fælleskommunalt og internt',
      ],
      en: [
        'Recommendations on the assessment of the IT portfolio to the portfolio committee',
        'Corrective actions towards suppliers',
        'Documented experience with contracts and suppliers, to share between municipalities and internally',
      ],
    },
    responsibilities: {
      da: [
        'Sætte de overordnede rammer for leverandørstyring',
        'Løbende performancestyring af leverandører',
        'Holde løbende opfølgningsmøder med leverandører',
        'Definere og igangsætte korrigerende handlinger over for leverandører',
        'Indsamle læringspunkter og erfaringer med kontrakter og leverandører til fremtidige indkøb',
      ],
      en: [
        'Set the overall frame for supplier management',
        'Manage the performance of suppliers continuously',
        'Hold regular follow-up meetings with suppliers',
        'Define and start corrective actions towards suppliers',
        'Collect learning points and experience with contracts and suppliers for future purchases',
      ],
    },
    escalatesTo: 'portefoeljeudvalg',
    escalatesToText: { da: 'Digitaliseringschef', en: 'Head of digitalisation' },
  },
  {
    key: 'it_sikkerhedsudvalg',
    name: { da: 'It-sikkerhedsudvalg', en: 'IT security committee' },
    purpose: {
      da: 'Sætter rammerne for kommunens egen efterlevelse af lovgivning om informationssikkerhed og for kontrol af leverandørernes efterlevelse af lovgivning og kommunens sikkerhedskrav. Udarbejder og vedligeholder it-sikkerhedspolitikken og sikrer awareness blandt medarbejderne.',
      en: "Sets the frame for the municipality's own compliance with information security law and for checking the suppliers' compliance with the law and the municipality's security requirements. Writes and maintains the IT security policy and keeps the staff aware.",
    },
    meetings: { min: 4, max: 4 },
    participantRoles: [
      'digitaliseringschef',
      'it_sikkerhedsansvarlig',
      'kontraktstyringsansvarlig',
      'arkitekturansvarlig',
      'systemejer',
    ],
    inputs: {
      da: [
        'Revisionserklæringer og andre kontrolrapporter',
        'Lovgivning',
        'Anbefalinger fra KL og Datatilsynet',
        'Registrerede sikkerhedshændelser',
        'Anmeldelser til Datatilsynet',
        'Opfølgning på intern sikkerhedsaudit',
        'Udeståender i forhold til leverandører',
      ],
      en: [
        'Audit statements and other control reports',
        'Legislation',
        'Recommendations from KL and the Danish Data Protection Agency',
        'Registered security incidents',
        'Notifications to the Danish Data Protection Agency',
        'Follow-up on internal security audits',
        'Open issues with suppliers',
      ],
    },
    outputs: {
      da: [
        'Forslag til it-sikkerhedspolitik',
        'Forslag til supplerende it-sikkerhedsregler',
        'Awareness-materiale og kampagner rettet mod medarbejdere',
        'Proces for håndtering af sikkerhedshændelser',
        'Justering af interne kontroller',
      ],
      en: [
        'Proposed IT security policy',
        'Proposed supplementary IT security rules',
        'Awareness material and campaigns for the staff',
        'Process for handling security incidents',
        'Adjusted internal controls',
      ],
    },
    responsibilities: {
      da: [
        'Kommunens efterlevelse af lovgivning',
        'Opfølgning på leverandørers efterlevelse af lovgivning',
        'Vedligehold af kommunens it-sikkerhedspolitik',
        'Etablering af sikkerhedsorganisation i kommunen',
      ],
      en: [
        "The municipality's compliance with the law",
        "Follow-up on suppliers' compliance with the law",
        "Maintenance of the municipality's IT security policy",
        'Setting up a security organisation in the municipality',
      ],
    },
    escalatesTo: null,
    escalatesToText: { da: 'Kommunaldirektør', en: 'Chief executive' },
  },
];

/** A body as the escalation check sees it: its id and the body it escalates to. */
export type EscalationEdge = { id: string; escalatesToId: string | null };

/**
 * The loop that letting `bodyId` escalate to `targetId` would close, as the ids from `bodyId` round to it again
 * (`[A, B, A]`), or null when the chain ends. A body cannot escalate to itself (`[A, A]`).
 */
export function escalationLoop(bodies: readonly EscalationEdge[], bodyId: string, targetId: string | null): string[] | null {
  if (targetId === null) return null;
  const next = new Map(bodies.map((b) => [b.id, b.escalatesToId]));
  next.set(bodyId, targetId);
  const chain = [bodyId];
  let current: string | null = targetId;
  const seen = new Set<string>([bodyId]);
  while (current !== null) {
    chain.push(current);
    if (current === bodyId) return chain;
    // A loop elsewhere in the stored chain (which this check keeps from arising) ends the walk, not this body's.
    if (seen.has(current)) return null;
    seen.add(current);
    current = next.get(current) ?? null;
  }
  return null;
}

/** The bodies that escalate to `bodyId` (its "escalation from", derived, never stored). */
export function escalationsFrom<T extends EscalationEdge>(bodies: readonly T[], bodyId: string): T[] {
  return bodies.filter((b) => b.escalatesToId === bodyId && b.id !== bodyId);
}

/** Meetings a year as the Drejebog writes them: "8–10", "4", or null for as needed. */
export function meetingsText(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) return String(min ?? max);
  return `${min}–${max}`;
}
