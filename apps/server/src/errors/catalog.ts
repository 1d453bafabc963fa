import { EARLIEST_DATE, formatDanishDate, formatKroner, LATEST_DATE, MAX_AMOUNT_ORE, oreToDecimalString } from '@overblik/core';
import { megabytes } from '../files/zip.js';
import { MAX_IMPORT_ROWS, MAX_JSON_DEPTH, SPREADSHEET_ZIP_LIMITS } from '../limits.js';

/**
 * Every error the API can return: a stable code (never renamed; clients switch on it), the HTTP
 * status, and the message in Danish and English. Use cases throw `AppError(code)`; the Fastify error
 * handler turns it into `application/problem+json`.
 */
export const ERRORS = {
  unauthenticated: [401, 'Du er ikke logget ind.', 'You are not logged in.'],
  invalid_credentials: [401, 'Forkert e-mailadresse eller adgangskode.', 'Wrong e-mail address or password.'],
  invalid_token: [401, 'API-nøglen er ugyldig, udløbet eller tilbagekaldt.', 'The API token is invalid, expired or revoked.'],
  too_many_attempts: [
    429,
    'For mange mislykkede forsøg på at logge ind på kontoen herfra. Vent et kvarter, og prøv igen.',
    'Too many failed attempts to log in to the account from here. Wait fifteen minutes and try again.',
  ],
  login_slowed: [
    429,
    'Der har været mange mislykkede forsøg på at logge ind på kontoen. Vent lidt (højst et minut), og prøv igen.',
    'There have been many failed attempts to log in to the account. Wait a little (at most a minute) and try again.',
  ],
  password_reset_limited: [
    429,
    'Der er bedt om for mange links til at nulstille adgangskoden for adressen eller herfra. Vent lidt (højst en time), og prøv igen.',
    'Too many links to reset the password have been asked for, for the address or from here. Wait a while (at most an hour) and try again.',
  ],
  rate_limited: [429, 'For mange forespørgsler. Prøv igen om lidt.', 'Too many requests. Try again shortly.'],
  csrf_invalid: [
    403,
    'Sikkerhedstokenet (CSRF) mangler eller er forkert. Genindlæs siden, og prøv igen.',
    'The security token (CSRF) is missing or wrong. Reload the page and try again.',
  ],
  forbidden: [403, 'Du har ikke rettigheder til at gøre dette.', 'You do not have the rights to do this.'],
  token_not_allowed: [
    403,
    'API-nøgler kan ikke administrere API-nøgler eller personer. Log ind som person.',
    'API tokens cannot manage API tokens or persons. Log in as a person.',
  ],
  token_read_only: [
    403,
    'API-nøglen må kun læse. Brug en nøgle, der må læse og skrive.',
    'The API token may only read. Use a token that may read and write.',
  ],
  not_a_member: [403, 'Du er ikke medlem af organisationen.', 'You are not a member of the organisation.'],
  not_found: [404, 'Det findes ikke, eller du har ikke adgang til det.', 'It does not exist, or you have no access to it.'],
  organisation_not_found: [
    404,
    'Organisationen findes ikke, eller du har ikke adgang til den.',
    'The organisation does not exist, or you have no access to it.',
  ],
  unit_not_found: [404, 'Enheden findes ikke.', 'The unit does not exist.'],
  member_not_found: [404, 'Medlemmet findes ikke.', 'The member does not exist.'],
  token_not_found: [404, 'API-nøglen findes ikke.', 'The API token does not exist.'],
  setup_token_invalid: [
    404,
    'Linket er ugyldigt, udløbet eller allerede brugt. Bed en administrator om en ny invitation, eller bed om et nyt link til at nulstille adgangskoden under "Glemt adgangskode?" på siden Log ind.',
    'The link is invalid, expired or already used. Ask an administrator for a new invitation, or ask for a new link to reset your password under "Forgotten password?" on the log-in page.',
  ],
  validation_failed: [400, 'Nogle felter er ikke udfyldt korrekt.', 'Some fields are not filled in correctly.'],
  malformed_json: [400, 'Forespørgslen er ikke gyldig JSON.', 'The request is not valid JSON.'],
  payload_too_large: [413, 'Forespørgslen er for stor.', 'The request is too large.'],
  unsupported_media_type: [
    415,
    'Indholdstypen understøttes ikke her. JSON-adresser tager application/json; filer sendes med deres egen type eller application/octet-stream.',
    'Unsupported content type here. JSON endpoints take application/json; files are sent with their own type or application/octet-stream.',
  ],
  email_taken: [409, 'Der findes allerede en person med den e-mailadresse.', 'A person with that e-mail address already exists.'],
  already_member: [409, 'Personen er allerede medlem af organisationen.', 'The person is already a member of the organisation.'],
  already_invited: [
    409,
    'Adressen er allerede inviteret til organisationen. Send invitationen igen, eller træk den tilbage.',
    'The address has already been invited to the organisation. Send the invitation again, or withdraw it.',
  ],
  invitation_not_found: [
    404,
    'Invitationen findes ikke, er udløbet eller allerede besvaret.',
    'The invitation does not exist, has expired or has already been answered.',
  ],
  invitation_needs_login: [
    409,
    'Adressen har allerede en konto i Overblik. Log ind, og tag imod invitationen.',
    'The address already has an Overblik account. Log in and accept the invitation.',
  ],
  last_administrator: [
    409,
    'Organisationen skal have mindst én administrator.',
    'The organisation must keep at least one administrator.',
  ],
  unit_has_children: [
    409,
    'Enheden har underenheder. Flyt eller slet dem først.',
    'The unit has sub-units. Move or delete them first.',
  ],
  unit_cycle: [409, 'En enhed kan ikke ligge under sig selv.', 'A unit cannot be placed under itself.'],
  cannot_change_self: [
    409,
    'Du kan ikke spærre dig selv eller fjerne din egen rolle som systemadministrator.',
    'You cannot disable yourself or remove your own system administrator role.',
  ],
  user_not_found: [404, 'Personen findes ikke.', 'The person does not exist.'],
  supplier_not_found: [404, 'Leverandøren findes ikke.', 'The supplier does not exist.'],
  contact_not_found: [404, 'Kontaktpersonen findes ikke.', 'The contact does not exist.'],
  supplier_cvr_taken: [
    409,
    'Der findes allerede en leverandør med det CVR-nummer i organisationen.',
    'The organisation already has a supplier with that CVR number.',
  ],
  option_not_found: [404, 'Værdien findes ikke i værdilisten.', 'The value does not exist in the option list.'],
  supplier_has_contracts: [
    409,
    'Leverandøren har kontrakter. Slet dem, eller flyt dem til en anden leverandør først.',
    'The supplier has contracts. Delete them or move them to another supplier first.',
  ],
  unit_in_use: [
    409,
    'Enheden er ansvarlig for kontrakter eller betaler priselementer. Flyt dem først.',
    'The unit is responsible for contracts or pays price elements. Move them first.',
  ],
  contract_not_found: [404, 'Kontrakten findes ikke.', 'The contract does not exist.'],
  contract_number_taken: [
    409,
    'Der findes allerede en kontrakt med det kontraktnummer i organisationen.',
    'The organisation already has a contract with that number.',
  ],
  contract_has_children: [
    409,
    'Kontrakten har tillægskontrakter. Slet dem, eller flyt dem til en anden hovedkontrakt først.',
    'The contract has supplementary contracts. Delete them or move them to another main contract first.',
  ],
  contract_parent_invalid: [
    409,
    'En kontrakt kan ikke ligge under sig selv eller under en af sine egne tillægskontrakter.',
    'A contract cannot be placed under itself or under one of its own supplementary contracts.',
  ],
  price_element_not_found: [404, 'Priselementet findes ikke.', 'The price element does not exist.'],
  price_element_number_taken: [
    409,
    'Kontrakten har allerede et priselement med det nummer.',
    'The contract already has a price element with that number.',
  ],
  contract_option_not_found: [404, 'Optionen findes ikke.', 'The option does not exist.'],
  document_not_found: [404, 'Dokumentet findes ikke.', 'The document does not exist.'],
  activity_not_found: [404, 'Aktiviteten findes ikke.', 'The activity does not exist.'],
  segment_placement_not_found: [404, 'Placeringen findes ikke.', 'The placement does not exist.'],
  escalation_not_found: [404, 'Eskaleringen findes ikke.', 'The escalation does not exist.'],
  governance_body_in_use: [
    409,
    'Styringsorganet har møder eller åbne eskaleringer. Løs eskaleringerne og flyt eller slet møderne først.',
    'The governance body has meetings or open escalations. Resolve the escalations and move or delete the meetings first.',
  ],
  activity_from_segment: [
    409,
    'Aktiviteten følger af leverandørens segment. Skift segment eller opfølgningsregime i stedet; her kan kun titel, beskrivelse, ansvarlig og advisering ændres.',
    "The activity follows from the supplier's segment. Change the segment or the follow-up regime instead; here only title, description, responsible person and reminders can change.",
  ],
  activity_derived: [
    409,
    'Aktiviteten følger af kontraktens vilkår. Ret vilkårene på kontrakten i stedet; her kan kun titel, beskrivelse, ansvarlig og advisering ændres.',
    "The activity follows from the contract's terms. Change the terms on the contract instead; here only title, description, responsible person and reminders can change.",
  ],
  activity_done: [409, 'Aktiviteten er allerede udført.', 'The activity is already done.'],
  activity_not_done: [409, 'Aktiviteten er ikke markeret som udført.', 'The activity is not marked as done.'],
  occurrence_mismatch: [
    409,
    'Datoen er ikke aktivitetens åbne forekomst. Genindlæs siden, og prøv igen.',
    "The date is not the activity's open occurrence. Reload the page and try again.",
  ],
  notification_not_found: [404, 'Notifikationen findes ikke.', 'The notification does not exist.'],
  mail_not_found: [404, 'E-mailen findes ikke.', 'The e-mail does not exist.'],
  calendar_feed_not_found: [
    404,
    'Kalenderadressen findes ikke eller er tilbagekaldt.',
    'The calendar address does not exist or has been revoked.',
  ],
  public_link_not_found: [404, 'Linket findes ikke eller er tilbagekaldt.', 'The link does not exist or has been revoked.'],
  document_version_not_found: [404, 'Dokumentversionen findes ikke.', 'The document version does not exist.'],
  document_empty: [400, 'Filen er tom.', 'The file is empty.'],
  document_file_missing: [
    500,
    'Filen mangler i dokumentlageret. Kontakt driften.',
    'The file is missing from the document store. Contact operations.',
  ],
  import_archive_too_large: [
    413,
    `Regnearket pakker ud til mere end ${megabytes(SPREADSHEET_ZIP_LIMITS.maxTotalBytes)} (eller én del af det til mere end ${megabytes(SPREADSHEET_ZIP_LIMITS.maxEntryBytes)}), som er grænsen for en import. Del filen op, eller gem den som CSV.`,
    `The workbook unpacks to more than ${megabytes(SPREADSHEET_ZIP_LIMITS.maxTotalBytes)} (or one of its parts to more than ${megabytes(SPREADSHEET_ZIP_LIMITS.maxEntryBytes)}), the limit for an import. Split the file, or save it as CSV.`,
  ],
  import_archive_too_many_entries: [
    413,
    `Regnearket består af mere end ${SPREADSHEET_ZIP_LIMITS.maxEntries.toLocaleString('da-DK')} dele, som er grænsen for en import.`,
    `The workbook consists of more than ${SPREADSHEET_ZIP_LIMITS.maxEntries.toLocaleString('en-GB')} parts, the limit for an import.`,
  ],
  import_archive_ratio: [
    413,
    `En del af regnearket er pakket mere end ${SPREADSHEET_ZIP_LIMITS.maxRatio} gange sammen, hvilket et almindeligt regneark aldrig er. Filen afvises.`,
    `A part of the workbook is compressed more than ${SPREADSHEET_ZIP_LIMITS.maxRatio} times, which an ordinary workbook never is. The file is refused.`,
  ],
  import_too_many_rows: [
    413,
    `Et ark i filen har mere end ${MAX_IMPORT_ROWS.toLocaleString('da-DK')} rækker, som er grænsen for en import. Del filen op.`,
    `A sheet of the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows, the limit for an import. Split the file.`,
  ],
  json_too_deep: [
    400,
    `Forespørgslen er indlejret mere end ${MAX_JSON_DEPTH} niveauer dybt.`,
    `The request is nested more than ${MAX_JSON_DEPTH} levels deep.`,
  ],
  server_busy: [
    503,
    'Serveren er optaget af andre store filer lige nu. Prøv igen om et øjeblik.',
    'The server is busy with other large files right now. Try again in a moment.',
  ],
  import_unreadable: [
    400,
    'Filen kan ikke læses. Brug et Excel-ark (.xlsx) eller en CSV-fil.',
    'The file cannot be read. Use an Excel workbook (.xlsx) or a CSV file.',
  ],
  cost_project_not_found: [404, 'Projektet findes ikke.', 'The project does not exist.'],
  cost_projects_joint_only: [
    409,
    'Kun et fællesskab kan oprette projekter med fordeling af udgifter og importere indbyggertal.',
    'Only a joint organisation (fællesskab) can create cost-sharing projects and import populations.',
  ],
  cost_project_invalid: [
    422,
    'Projektbeskrivelsen har fejl. Se hvert felt nedenfor.',
    'The project description has errors. See each field below.',
  ],
  cost_plan_unavailable: [
    422,
    'Opkrævningsplanen kan ikke beregnes endnu. Se hvad der mangler nedenfor.',
    'The invoice plan cannot be computed yet. See what is missing below.',
  ],
  cost_usage_item_unknown: [
    422,
    'Projektets model er ikke en buffetpris med den ydelse uden for buffeten. Tilføj ydelsen i modellen først.',
    'The project’s model is not a buffet price with that item outside the buffet. Add the item to the model first.',
  ],
  cost_comparison_missing: [404, 'Projektet har ingen model at sammenligne med.', 'The project has no model to compare with.'],
  import_invalid: [
    422,
    'Filen indeholder fejl, og intet er importeret. Ret fejlene, og prøv igen.',
    'The file contains errors and nothing was imported. Correct them and try again.',
  ],
  invoice_not_found: [404, 'Fakturaen findes ikke.', 'The invoice does not exist.'],
  invoice_line_not_found: [404, 'Fakturalinjen findes ikke.', 'The invoice line does not exist.'],
  order_reference_not_found: [404, 'Ordrereferencen findes ikke.', 'The order reference does not exist.'],
  invoice_no_file: [400, 'Der er ikke modtaget nogen fil.', 'No file was received.'],
  invoice_too_many_files: [400, 'Der er for mange filer i én forsendelse.', 'Too many files in one upload.'],
  invoice_decided: [
    409,
    'Fakturaen er allerede godkendt eller afvist. En administrator kan genåbne den.',
    'The invoice has already been approved or rejected. An administrator can reopen it.',
  ],
  invoice_decision_forbidden: [
    403,
    'Kun it-controllere (ansvarlige på kontrakten) og administratorer kan godkende, bestride eller afvise fakturaer.',
    'Only IT controllers (responsible on the contract) and administrators can approve, dispute or reject invoices.',
  ],
  invoice_unmatched: [
    409,
    'Fakturaen er ikke knyttet til en kontrakt. Knyt den til en kontrakt, eller markér den som køb uden for kontrakt med en begrundelse.',
    'The invoice is not linked to a contract. Link it to a contract, or mark it as a purchase outside contract with a reason.',
  ],
  setup_complete: [409, 'Overblik er allerede sat op.', 'Overblik has already been set up.'],
  not_acceptable_here: [404, 'Siden findes ikke.', 'Page not found.'],
  internal_error: [500, 'Der opstod en uventet fejl. Prøv igen.', 'An unexpected error occurred. Please try again.'],
  database_unavailable: [503, 'Databasen svarer ikke.', 'The database does not respond.'],
  metrics_disabled: [
    404,
    'Målingerne (/metrics) er slået fra. Driften slår dem til med OVERBLIK_METRICS_TOKEN (Prometheus sender den som Bearer-token) eller med OVERBLIK_METRICS_PUBLIC=true.',
    'Metrics (/metrics) are switched off. Operations switch them on with OVERBLIK_METRICS_TOKEN (Prometheus sends it as a bearer token) or with OVERBLIK_METRICS_PUBLIC=true.',
  ],
  governance_body_not_found: [404, 'Styringsorganet findes ikke.', 'The governance body does not exist.'],
  body_member_not_found: [404, 'Personen sidder ikke i styringsorganet.', 'The person is not a member of the governance body.'],
  collaboration_level_not_found: [404, 'Samarbejdsniveauet findes ikke.', 'The collaboration level does not exist.'],
  participant_not_found: [404, 'Deltageren findes ikke på niveauet.', 'The participant does not exist at the level.'],
  central_role_not_found: [404, 'Rollen findes ikke.', 'The role does not exist.'],
  supplier_has_meetings: [
    409,
    'Leverandøren har møder; deres referater er leverandørens historik. Slet møderne først.',
    'The supplier has meetings; their minutes are its history. Delete the meetings first.',
  ],
  meeting_not_found: [404, 'Mødet findes ikke.', 'The meeting does not exist.'],
  agenda_item_not_found: [404, 'Dagsordenspunktet findes ikke.', 'The agenda item does not exist.'],
  decision_not_found: [404, 'Beslutningen findes ikke.', 'The decision does not exist.'],
  action_not_found: [404, 'Aktionen findes ikke.', 'The action does not exist.'],
  meeting_approved: [
    409,
    'Referatet er godkendt og kan ikke længere ændres.',
    'The minutes are approved and can no longer be changed.',
  ],
} as const satisfies Record<string, readonly [number, string, string]>;

export type ErrorCode = keyof typeof ERRORS;

/** Messages for field-level problems (validation and domain checks on one field). */
export const FIELD_ERRORS = {
  required: ['Skal udfyldes.', 'Is required.'],
  unknown_field: ['Feltet kendes ikke.', 'Unknown field.'],
  wrong_type: ['Har en forkert type.', 'Has the wrong type.'],
  invalid_format: ['Har et ugyldigt format.', 'Has an invalid format.'],
  too_short: ['Er for kort.', 'Is too short.'],
  too_long: ['Er for lang.', 'Is too long.'],
  out_of_range: ['Er uden for det tilladte interval.', 'Is out of range.'],
  invalid_value: ['Har en ugyldig værdi.', 'Has an invalid value.'],
  empty: ['Mindst ét felt skal angives.', 'At least one field must be given.'],
  cvr_checksum: ['CVR-nummeret består ikke modulus 11-kontrollen.', 'The CVR number fails the modulus-11 check.'],
  gln_checksum: ['EAN-nummeret har et forkert kontrolciffer.', 'The EAN (GLN) number has a wrong check digit.'],
  password_too_short: ['Adgangskoden skal være på mindst 12 tegn.', 'The password must be at least 12 characters.'],
  password_too_long: ['Adgangskoden må højst være på 256 tegn.', 'The password may be at most 256 characters.'],
  password_same_as_email: ['Adgangskoden må ikke være din e-mailadresse.', 'The password must not be your e-mail address.'],
  password_personal: [
    'Adgangskoden må ikke bygge på dit navn eller din e-mailadresse (heller ikke gentaget eller med tal). Brug fx en sætning på flere ord.',
    'The password must not be built from your name or e-mail address (not even repeated or with digits). Use e.g. a sentence of several words.',
  ],
  password_repetitive: [
    'Adgangskoden består af gentagelser eller rækkefølger (som aaaa, abcabc, 123456 eller qwerty). Brug fx en sætning på flere ord.',
    'The password consists of repetitions or sequences (such as aaaa, abcabc, 123456 or qwerty). Use e.g. a sentence of several words.',
  ],
  password_common: [
    'Adgangskoden er blandt de mest almindelige adgangskoder (også med tal eller tegn omkring), som gættes først. Vælg en anden, fx en sætning på flere ord.',
    'The password is among the most common passwords (also with digits or symbols around it), which are guessed first. Choose another, e.g. a sentence of several words.',
  ],
  parent_not_found: ['Overordnet enhed findes ikke i organisationen.', 'The parent unit does not exist in the organisation.'],
  cvr_not_for_foreign: [
    'En udenlandsk leverandør har ikke et CVR-nummer. Angiv i stedet dens eget id (fx momsnummer).',
    'A foreign supplier has no CVR number. Give its own id (e.g. VAT number) instead.',
  ],
  unknown_option: [
    'Værdien findes ikke eller er deaktiveret i værdilisten.',
    'The value does not exist or is disabled in the option list.',
  ],
  duplicate_in_file: [
    'Står flere gange i filen (samme CVR-nummer eller id).',
    'Appears more than once in the file (same CVR number or id).',
  ],
  missing_column: ['Kolonnen mangler i arket.', 'The column is missing from the sheet.'],
  missing_sheet: ['Arket mangler i filen.', 'The sheet is missing from the file.'],
  in_the_past: ['Tidspunktet ligger i fortiden.', 'The time is in the past.'],
  date_order: ['Datoen ligger før den dato, den skal følge efter.', 'The date is before the date it must follow.'],
  one_subject: [
    'Angiv enten en kontrakt eller en leverandør (præcis én).',
    'Give either a contract or a supplier (exactly one).',
  ],
  not_allowed: ['Må ikke udfyldes med de valgte vilkår.', 'Must be left empty with the terms chosen.'],
  unknown_reference: ['Findes ikke i organisationen.', 'Does not exist in the organisation.'],
  unknown_unit: [
    'Enheden «{value}» findes ikke i organisationen. Opret den under Enheder, eller lad importen oprette den.',
    'The unit "{value}" does not exist in the organisation. Create it under Units, or let the import create it.',
  ],
  not_a_member: ['Personen er ikke medlem af organisationen.', 'The person is not a member of the organisation.'],
  taken: ['Er allerede brugt i organisationen.', 'Is already used in the organisation.'],
  duplicate: ['Står flere gange.', 'Appears more than once.'],
  invalid_date: [
    'Er ikke en gyldig dato. Skriv fx 31-12-2026 eller 2026-12-31.',
    'Is not a valid date. Write e.g. 31-12-2026 or 2026-12-31.',
  ],
  invalid_number: ['Er ikke et tal. Skriv fx 1.234,50.', 'Is not a number. Write e.g. 1.234,50 (Danish) or 1234.50.'],
  term_conflict: [
    'Løbetiden i måneder og udløbsdatoen passer ikke sammen. Udfyld kun den ene.',
    'The term in months and the end date do not agree. Fill in only one of them.',
  ],
  date_out_of_range: [
    `Datoen skal ligge mellem ${formatDanishDate(EARLIEST_DATE)} og ${formatDanishDate(LATEST_DATE)}.`,
    `The date must lie between ${EARLIEST_DATE} and ${LATEST_DATE}.`,
  ],
  amount_too_large: [
    `Beløbet er for stort. Det højeste beløb er ${formatKroner(MAX_AMOUNT_ORE)} (også med minus).`,
    `The amount is too large. The largest amount is ${oreToDecimalString(MAX_AMOUNT_ORE)} (also negative).`,
  ],
  amount_negative: ['Beløbet kan ikke være negativt her.', 'The amount cannot be negative here.'],
  duplicate_number_in_file: ['Nummeret står flere gange i filen.', 'The number appears more than once in the file.'],
  parent_invalid: [
    'En kontrakt kan ikke ligge under sig selv eller under en af sine egne tillægskontrakter.',
    'A contract cannot be placed under itself or under one of its own supplementary contracts.',
  ],
  unknown_municipality: [
    'Er ikke en kommune (kommunekode eller navn). Landsdele, regioner og hele landet springes over.',
    'Is not a municipality (code or name). Landsdele, regions and the whole country are skipped.',
  ],
  duplicate_figure_in_file: [
    'Samme kommune og dato står flere gange i filen; den første gælder.',
    'The same municipality and date appear more than once in the file; the first one counts.',
  ],
  not_a_project_member: ['Kommunen er ikke medlem af projektet.', 'The municipality is not a member of the project.'],
  invalid_year: ['Er ikke et årstal (fx 2025).', 'Is not a year (e.g. 2025).'],
  duplicate_usage_in_file: [
    'Samme kommune og år står flere gange i filen.',
    'The same municipality and year appear more than once in the file.',
  ],
  cost_rule: ['Passer ikke med reglerne for projektet (se meddelelsen).', 'Does not fit the project rules (see the message).'],
  ambiguous_reference: [
    'Passer på flere i organisationen. Angiv den entydigt (fx med CVR-nummer).',
    'Matches more than one in the organisation. Name it unambiguously (e.g. by CVR number).',
  ],
  escalation_loop: [
    'Eskaleringen ville gå i ring (et styringsorgan ville eskalere til sig selv gennem andre). Vælg et andet organ.',
    'The escalation would go round in a loop (a body would escalate to itself through others). Choose another body.',
  ],
  already_in_body: ['Personen sidder allerede i styringsorganet.', 'The person is already a member of the governance body.'],
  one_participant: [
    'Angiv enten en person fra organisationen eller en kontaktperson hos leverandøren (præcis én).',
    'Give either a person of the organisation or a contact of the supplier (exactly one).',
  ],
  segment_reason_required: [
    'Skriv, hvorfor leverandøren placeres i et andet segment end det foreslåede.',
    'Say why the supplier is placed in another segment than the one proposed.',
  ],
  segment_contract_not_active: [
    'Kun leverandørens aktive kontrakter kan placeres.',
    "Only the supplier's active contracts can be placed.",
  ],
  one_target: [
    'Angiv enten et niveau eller et styringsorgan, ikke begge.',
    'Give either a level or a governance body, not both.',
  ],
  no_escalation_target: [
    'Der er intet næste trin at eskalere til. Vælg et styringsorgan, eller angiv et styringsorgan på samarbejdsorganisationens øverste niveau.',
    'There is no next step to escalate to. Choose a governance body, or name one on the top level of the collaboration organisation.',
  ],
  meeting_of_other_supplier: ['Mødet hører til en anden leverandør.', 'The meeting belongs to another supplier.'],
  regime_duplicate_follow_up: [
    'Hver opfølgning kan kun stå én gang pr. segment.',
    'Each follow-up can appear only once per segment.',
  ],
  meeting_subject: [
    'Et møde hører til en leverandør eller et styringsorgan.',
    'A meeting belongs to a supplier or a governance body.',
  ],
  not_a_supplier_contact: ['Er ikke en kontaktperson hos mødets leverandør.', "Is not a contact of the meeting's supplier."],
  one_responsible: [
    'Vælg enten en person fra organisationen eller en kontaktperson hos leverandøren.',
    'Choose either a person of the organisation or a contact of the supplier.',
  ],
  contract_of_other_supplier: ['Kontrakten hører til en anden leverandør.', 'The contract belongs to another supplier.'],
} as const satisfies Record<string, readonly [string, string]>;

export type FieldErrorCode = keyof typeof FIELD_ERRORS;
