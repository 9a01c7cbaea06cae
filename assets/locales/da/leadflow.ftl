# Leadflow på dansk. Samme beskeder og pladsholdere som på engelsk.

## Menuer og kommandoer

menu-file = Filer
menu-edit = Rediger
menu-view = Vis
menu-design = Design
menu-help = Hjælp
menu-language = Sprog

command-new = Ny fra skabelon…
command-new-from-questions = Ny ud fra spørgsmål…
command-new-from-crm = Ny fra CRM-eksport…
command-open = Åbn…
command-save = Gem
command-save-as = Gem som…
command-export-image = Eksportér billede…
command-copy-as-image = Kopiér som billede
command-quit = Afslut
command-undo = Fortryd
command-redo = Annuller fortryd
command-cut = Klip
command-copy = Kopiér
command-paste = Sæt ind
command-duplicate = Duplikér
command-delete = Slet
command-select-all = Markér alt
command-zoom-to-fit = Zoom til alt
command-zoom-in = Zoom ind
command-zoom-out = Zoom ud
command-toggle-grid = Gitter
command-toggle-snap = Fastgør til gitter
command-toggle-minimap = Oversigtskort
command-toggle-theme = Mørkt tema
command-toggle-own-file-dialog = Leadflows egen fildialog
command-present = Præsentér
command-command-palette = Find en kommando…
command-arrange-funnel = Arrangér som salgstragt
command-arrange-flywheel = Arrangér som flywheel
command-goal-seek = Målsøgning…
command-calibrate-from-crm = Kalibrér fra CRM-eksport…
command-show-shortcuts = Tastaturgenveje…
command-about = Om Leadflow…

## Statuslinje

status-not-saved = Ikke gemt endnu
status-exported = { $format } gemt i { $file }
status-unsaved = { $location } • ændringer ikke gemt
status-findings = { $errors ->
        [one] { $errors_shown } fejl
       *[other] { $errors_shown } fejl
    }, { $warnings ->
        [one] { $warnings_shown } advarsel
       *[other] { $warnings_shown } advarsler
    }
status-findings-hint = Vis fundene; klik på et for at markere det, det handler om
status-simulating = simulerer…
status-simulated = simuleret på { $milliseconds } ms

## Første start

welcome-title = Velkommen til Leadflow
welcome-text = Design, hvordan jeres virksomhed sælger, og se det leadflow, det giver. Vinduet viser eksemplet salgssilo; hvor vil du starte?
welcome-questions = Svar på fire spørgsmål
welcome-questions-detail = Leadflow anbefaler en salgsmodel og bygger et første design ud fra dine svar.
welcome-template = Vælg et startdesign
welcome-template-detail = Klassisk salgstragt, inbound, outbound, account-based, flywheel-modellen og flere.
welcome-crm = Importér en CRM-eksport
welcome-crm-detail = Mål jeres pipeline fra HubSpot, Pipedrive, Salesforce eller en hændelseslog.
welcome-open = Åbn et design
welcome-open-detail = En .ron-fil eller et billede eller en præsentation eksporteret fra Leadflow.
welcome-look = Se dig omkring i eksemplet
welcome-look-detail = Alt findes også i menuerne.

## Nøgletal (editor, præsentation, slides)

headline-customers-by = Kunder pr. { $date }
headline-revenue = Omsætning
headline-from-existing = Fra eksisterende kunder
headline-cost = Omkostninger
headline-acquisition-cost = Kundeanskaffelsesomkostning
headline-no-costs = ingen omkostninger angivet
headline-payback = Tilbagebetaling
headline-payback-none = ikke inden for horisonten
headline-bottleneck = Flaskehals
headline-bottleneck-none = ingen

## Slide

slide-made-with = Lavet med Leadflow
slide-active-customers = Aktive kunder
slide-band-note = median med 10–90 % af kørslerne
slide-expected-values = forventede værdier
slide-source = { $name } { $leads }/uge{ $season }
slide-no-sources = ingen leadkilder
slide-sources = Kilder: { $sources }
slide-monte-carlo = Monte Carlo, { $runs } kørsler, seed { $seed }
slide-assumptions = { $sources }. { $starting } Fra { $date }, { $weeks } uger, { $mode }.{ $measured }
slide-starts-empty = Starter tomt.
slide-starts-with = Starter med { $parts }.
slide-start-customers = { $count ->
        [one] { $shown } kunde
       *[other] { $shown } kunder
    }
slide-start-open-leads = { $count ->
        [one] { $shown } åbent lead
       *[other] { $shown } åbne leads
    }
slide-start-in-nurture = { $shown } i nurturing

## Trintyper, kilder, værktøjer, modeller og paletten

stage-kind-funnel-step = Trin i salgstragten
stage-kind-flywheel-segment = Flywheel-segment
stage-kind-nurture-pool = Nurturing-pulje
stage-kind-customer = Kunde
stage-kind-brand-reach = Brandrækkevidde
stage-kind-lost = Tabt
channel-ads = Annoncer
channel-seo-content = SEO/indhold
channel-social = Sociale medier
channel-events = Events
channel-cold-list = Kold emneliste
channel-partner = Partner
channel-referral = Anbefaling
channel-other = Andet
tool-category-crm = CRM
tool-category-marketing-automation = Marketing automation
tool-category-email = E-mail
tool-category-ads-platform = Annonceplatform
tool-category-webshop = Webshop
tool-category-social-media = Sociale medier
tool-category-video = Video
tool-category-meeting-booking = Mødebooking
tool-category-e-procurement = E-indkøb
tool-category-other = Andet
transaction-model-digital-branding = Digital branding
transaction-model-e-commerce = E-handel
transaction-model-relationship = Relationsmodel
transaction-model-other = Andet (køber- eller markedscentreret)
shape-funnel = Salgstragt
shape-flywheel = Flywheel
shape-silo = Salgssilo
sales-model-inbound = Inbound
sales-model-outbound = Outbound
sales-model-account-based = Account-based
sales-model-relationship-based = Relationsbaseret
sales-model-team-selling = Teamsalg
sales-model-high-volume-low-touch = Højt volumen, lav kontakt
sales-model-channel = Kanalsalg
models-line-sales = Salgsmodel: { $model }
new-stage-funnel-step = Nyt trin
new-stage-flywheel-segment = Nyt segment
new-stage-nurture-pool = Nurturing-pulje
new-stage-customer = Kunder
new-stage-brand-reach = Brandrækkevidde
new-stage-lost = Tabt
palette-stages = Trin
palette-stages-hint = Træk ind på lærredet
palette-stage-tooltip = Træk ind på lærredet for at tilføje et trin
palette-sources = Kilder
palette-sources-hint = Træk hen på det trin, hvor leads kommer ind
palette-source-tooltip = Træk hen på et trin for at tilføje en kilde til leads, der kommer ind dér
palette-roles = Roller
palette-roles-hint = Træk hen på et trin for at bemande det
palette-role-tooltip = { $leads } leads pr. person pr. uge · { $cost } om måneden
palette-tools = Værktøjer
palette-tools-hint = Træk hen på et trin
palette-tool-tooltip = { $category } · { $cost } om måneden

## Datoer

week-caption = Uge { $week } · { $date }

## Egenskaber for designet
design-inspector-name = Navn
design-inspector-sales-model = Salgsmodel
design-inspector-shape = Form
design-inspector-funnel-widths = Tragtens bredde
design-inspector-funnel-widths-hint = Tragten bliver smallere med de leads, hvert trin tager imod og sender videre; eller alle trin lige brede.
funnel-widths-follow-leads = Følger antallet af leads
funnel-widths-equal = Lige brede
design-inspector-currency = Valuta
design-inspector-horizon = Horisont
design-inspector-mode = Tilstand
design-inspector-runs = Kørsler
design-inspector-seed = Seed
design-inspector-channel = Kanal
design-inspector-leads-per-week = Leads pr. uge
design-inspector-cost-per-week = Omkostning pr. uge
design-inspector-growth-per-month = Vækst pr. måned
design-inspector-enters-at = Kommer ind på
design-inspector-design = Design
design-inspector-notes = Noter
design-inspector-lead-sources = Leadkilder
design-inspector-remove-source = Fjern kilde
design-inspector-add-source = Tilføj kilde
design-inspector-transaction-models = Transaktionsmodeller
design-inspector-simulation = Simulering
design-inspector-season = Sæson
design-inspector-starts-on = Starter den
design-inspector-start-on-the-monday-of = Start mandag i den aktuelle uge
design-inspector-when-to-choose-this-design = Hvornår man bør vælge dette design
design-inspector-yyyy-mm-dd = ÅÅÅÅ-MM-DD
design-inspector-not-a-date = ikke en gyldig dato
design-inspector-expected-values = Forventede værdier
design-inspector-monte-carlo = Monte Carlo
design-inspector-source-heading = { $name } · { $leads }/uge{ $seasonal ->
        [yes] {" "}· sæsonpræget
       *[no] {""}
    }
design-inspector-new-source = Ny kilde
design-inspector-weeks-suffix = {" "}uger
design-inspector-missing-stage = { $stage } (mangler)
design-inspector-this-week = Denne uge

## Egenskaber for trin, felter og sæson
stage-inspector-name = Navn
stage-inspector-conversion = Konvertering
stage-inspector-days-in-stage = Dage på trinnet
stage-inspector-drop-outs-go-to = Frafald går til
stage-inspector-in-this-stage-today = På trinnet i dag
stage-inspector-of-them-waiting = Heraf ventende
stage-inspector-notes = Noter
stage-inspector-roles = Roller
stage-inspector-tools = Værktøjer
stage-inspector-what-the-stage-holds-on = Hvad trinnet rummer på designets startdato; simuleringen starter herfra
stage-inspector-done-with-the-stage-but = Færdige med trinnet, men venter på en ledig person (efterslæbet)
stage-inspector-notes-for-the-meeting = Noter til mødet
stage-inspector-add-role = Tilføj rolle…
stage-inspector-lost = Tabt
kind-fields-warm-up-per-week = Opvarmning pr. uge
kind-fields-warmed-leads-go-to = Opvarmede leads går til
kind-fields-unsubscribe-per-week = Afmeldinger pr. uge
kind-fields-order-value = Ordreværdi
kind-fields-repeat-purchases-per-year = Genkøb pr. år
kind-fields-referrals-per-customer-per-year = Anbefalinger pr. kunde pr. år
kind-fields-referred-leads-go-to = Anbefalede leads går til
kind-fields-churn-per-year = Kundetab pr. år
kind-fields-share-becoming-organic-leads = Andel, der bliver organiske leads
kind-fields-delay = Forsinkelse
kind-fields-organic-leads-go-to = Organiske leads går til
kind-fields-not-modelled = Ikke modelleret
season-flat = Jævn
inspector-share-of-converters = Andel af konverteringerne
inspector-drag-to-move-them-together = Træk for at flytte dem samlet; Delete fjerner dem; Ctrl+D duplikerer.
inspector-flow = Flow
inspector-delete-flow = Slet flow
suffix-days = {" "}dage
suffix-people = {" "}personer
suffix-customers = {" "}kunder
suffix-addresses = {" "}adresser
suffix-leads = {" "}leads
stage-inspector-order-value-prefix = Ordreværdi:{" "}
stage-inspector-busy = { $percent } udnyttet
stage-inspector-remove-role = Fjern { $name }
season-factor-for = Sæsonfaktor for { $month }
season-average = gennemsnit ×{ $average } · træk i en måneds søjle
inspector-stages-selected = { $count ->
        [one] { $shown } trin markeret
       *[other] { $shown } trin markeret
    }

## Lærred
count-thousands = { $value } t.
stage-figures-customers = { $customers } kunder · +{ $won }/uge
stage-figures-lost = { $lost } tabt
stage-figures-working = { $leads } på trinnet · { $onward }/uge videre
stage-figures-working-short = { $leads } på trinnet
stage-figures-customers-short = { $customers } kunder
stage-tag-waiting = { $waiting } venter
stage-tag-bottleneck = Flaskehals · { $waiting } venter
stage-tag-error = fejl
stage-tag-changed = ændret
stage-tag-measured = målt
stage-tag-partly-measured = delvist målt
stage-tag-today = { $count } i dag
stage-parameters-working = { $conversion } videre · { $days } dage
stage-parameters-pool = opvarmning { $warm_up }/uge · afmelding { $unsubscribe }
stage-parameters-customers = { $order_value } pr. ordre
stage-parameters-reach = { $organic } bliver organiske

## Datagrundlag

provenance-days = { $days } dage
provenance-per-week = { $leads }/uge
provenance-measured = Målt ud fra { $what ->
        [new-deals] { $count ->
            [one] { $shown } ny deal
           *[other] { $shown } nye deals
        }
        [stays] { $count ->
            [one] { $shown } ophold
           *[other] { $shown } ophold
        }
       *[deals] { $count ->
            [one] { $shown } deal
           *[other] { $shown } deals
        }
    }, { $period } · 90 %: { $interval }{ $thin ->
        [yes] {" "}· spinkelt datagrundlag
       *[no] {""}
    }
provenance-assumed = Antaget: den målte værdi { $measured } ({ $interval }) er overskrevet
provenance-part-conversions = konvertering på { $count ->
        [one] { $shown } trin
       *[other] { $shown } trin
    }
provenance-part-days = dage på trinnet for { $shown } trin
provenance-part-sources = leads pr. uge for { $count ->
        [one] { $shown } kilde
       *[other] { $shown } kilder
    }
provenance-part-order-value = ordreværdi
provenance-note = Målt ud fra CRM-data ({ $deals } deals, { $period }): { $parts }; resten er antaget.

## Graf, løftestænger, scenarier, plan mod faktisk og præsentation

plot-leads-grow-without-bound-the = Leads vokser uden grænse: sløjfen tilfører mere, end den mister
plot-leads-per-stage = Leads pr. trin
plot-in-nurture = I nurturing
plot-customers = Kunder
plot-revenue-and-cost = Omsætning og omkostninger
plot-where-to-improve = Forbedringsmuligheder
plot-compare-scenarios = Sammenlign scenarier
plot-plan-against-actual = Plan mod faktisk
levers-no-stage-has-a-conversion = Intet trin har en konvertering, en tid på trinnet eller en rolle, der kan ændres.
levers-what-does-it-take-to = Hvad skal der til for at vinde N kunder (eller en omsætning på R) senest i uge W?
levers-updating = opdaterer…
scenarios-scenarios = Scenarier
scenarios-switch-to = Skift til
scenarios-remove = Fjern
scenarios-keeps-this-version-and-goes = Beholder denne version og fortsætter med at redigere en kopi med dette navn
scenarios-e-g-with-silo = f.eks. Med salgssilo
scenarios-being-edited = redigeres nu
scenarios-the-canvas-marks-what-differs = Lærredet markerer, hvad der er anderledes end
presentation-step-p-play-esc-leave = ← → skift trin · P afspil · Esc afslut
presentation-what-if = Hvad nu hvis…
presentation-reset = Nulstil
presentation-keep-changes-in-the-design = Behold ændringerne i designet
presentation-play-key = P
presentation-overview = Overblik
presentation-stage-of = Trin { $step } af { $stages }
presentation-pause = Pause
presentation-play = Afspil
presentation-customers = Kunder
presentation-leads-in-stage = Leads på trinnet
presentation-moving-on = Går videre pr. uge
presentation-waiting = Venter på en ledig person
presentation-conversion = Konvertering
presentation-time-in-stage = Tid på trinnet
presentation-days = { $count ->
        [one] { $shown } dag
       *[other] { $shown } dage
    }
presentation-people = Personer
presentation-tools = Værktøjer
presentation-conversion-at = Konvertering på { $stage }
presentation-headcount-at = Antal { $role } på { $stage }
presentation-effect = Kunder pr. { $date }: { $before }
presentation-effect-changed = Kunder pr. { $date }: { $before } → { $after } ({ $change })
plot-band-note = median af { $runs } kørsler, 10–90 %-bånd
plot-active-customers = Aktive kunder
plot-new-customers-per-week = Nye kunder pr. uge
plot-revenue-cumulative = Omsætning (akkumuleret)
plot-existing-cumulative = Fra eksisterende kunder (akkumuleret)
plot-cost-cumulative = Omkostninger (akkumuleret)
plot-profit-cumulative = Overskud (akkumuleret)
plot-week-text = { $date } · ISO-uge { $iso_week } · uge { $week } i planen
levers-band = {" "}({ $low } til { $high })
levers-bar = { $customers }{ $band } kunder · { $profit } i overskud
levers-bar-hint = { $lever } på { $stage }: { $customers }{ $band } kunder og { $profit } i overskud ved horisonten. Klik for at markere trinnet.
levers-method-monte-carlo = gennemsnit af { $runs } Monte Carlo-kørsler, streger for 10–90 %
levers-header = Hver ændring for sig, sammenlignet med designet, som det er: kunder og overskud pr. { $date } ({ $method })
scenarios-save-as-new = Gem som nyt scenarie
scenarios-active-customers = { $scenario }: aktive kunder
plan-actual-note = Deals, der kommer ind på hvert trin pr. uge: planen simuleret fra { $date } (linjer) mod CRM'et (punkter). `leadflow backtest` måler, hvor godt de passer.
plan-actual-recorded = { $series } ifølge CRM
plan-actual-won = Vundet

## Dialoger, trin og forslag

modals-save-changes = Gem ændringer?
modals-save = Gem
modals-don-t-save = Gem ikke
modals-cancel = Annuller
modals-new-design-from-a-template = Nyt design fra en skabelon
modals-the-file-changed-on-disk = Filen er ændret på disken
modals-save-as = Gem som…
modals-overwrite = Overskriv
modals-something-went-wrong = Noget gik galt
modals-ok = OK
modals-keyboard-shortcuts = Tastaturgenveje
modals-close = Luk
modals-leadflow = Leadflow
modals-design-how-your-company-sells = Design, hvordan jeres virksomhed sælger, og se det leadflow, det giver.
modals-add-the-stages-this-model = Tilføj de trin, denne model har brug for?
modals-add-stages = Tilføj trin
modals-not-now = Ikke nu
modals-recover-unsaved-work = Gendan arbejde, der ikke er gemt?
modals-restore = Gendan
modals-discard = Kassér
modals-discard-your-changes-and-open = Kassér dine ændringer, og åbn filen, som den er nu
modals-your-design-is-unchanged = Dit design er uændret.
modals-they-are-placed-to-the = De er placeret til højre; forbind dem, hvor de hører hjemme.
export-dialog-export-image = Eksportér billede
export-dialog-export = Eksportér…
export-dialog-copy-as-image = Kopiér som billede
export-dialog-cancel = Annuller
export-dialog-format = Format
export-dialog-show = Vis
export-dialog-scale = Skalering
export-dialog-theme = Tema
export-dialog-background = Baggrund
export-dialog-transparent = Gennemsigtig
export-dialog-light = Lys
export-dialog-dark = Mørk
goal-dialog-goal-seek = Målsøgning
goal-dialog-close = Luk
goal-dialog-simulating = Simulerer…
goal-dialog-reach = Opnå
goal-dialog-by-week = Senest i uge
goal-dialog-solve-for = Ved at ændre
goal-dialog-of-stage = På trinnet
goal-dialog-confidence = Sikkerhed
goal-dialog-reach-it-in = Nå målet i
goal-dialog-of-monte-carlo-runs = af Monte Carlo-kørslerne
goal-dialog-apply-to-design = Anvend på designet
goal-dialog-enter = Enter
goal-dialog-how-many-active-customers-or = Hvor mange aktive kunder, eller hvor stor en indtjent omsætning
goal-dialog-changes-the-design-to-the = Ændrer designet til svaret; Fortryd tager det tilbage
goal-dialog-what-does-it-take-to = Hvad skal der til for at nå et mål senest i en given uge?
goal-dialog-the-design-changed-since-the = Designet er ændret siden sidste svar: beregn igen.
goal-dialog-the-goal-changed-since-the = Målet er ændret siden sidste svar: beregn igen.
goal-dialog-solve = Beregn
wizard-dialog-new-design-from-four-questions = Nyt design ud fra fire spørgsmål
wizard-dialog-create-design = Opret design
wizard-dialog-cancel = Annuller
wizard-dialog-name = Navn
crm-dialog-cancel = Annuller
crm-dialog-export-file = Eksportfil
crm-dialog-browse = Gennemse…
crm-dialog-pipeline = Pipeline
crm-dialog-count-open-deals-on = Tæl åbne deals pr.
crm-dialog-dates-like-03-04-2026 = Datoer som 03/04/2026
crm-dialog-nothing-match-at-least-one = Intet: match mindst ét trin.
crm-dialog-path-to-deals-csv = /sti/til/deals.csv
crm-dialog-when-the-export-holds-several = når eksporten indeholder flere
crm-dialog-the-export-s-last-date = eksportens sidste dato
crm-dialog-name-the-columns-leadflow-does = Angiv de kolonner, Leadflow ikke genkender, og klik derefter på Læs igen.
crm-dialog-match-the-export-s-stages = Match eksportens trin med dette designs trin
crm-dialog-what-changes-today-measured-90 = Hvad ændres (i dag → målt, 90 %-interval)
crm-dialog-read = Læs
crm-dialog-columns-of-an-event-log = Kolonner (en hændelseslog, eller en eksport på et andet sprog)
crm-dialog-recognised = Genkendt
crm-dialog-not-matched = Ikke matchet
command-palette-type-to-search-save-goal = skriv for at søge: gem, mål, kvalificér…
command-palette-find-a-command-or-a = Find en kommando eller et trin
command-palette-nothing-matches = Ingen resultater.
chrome-no-recent-files = Ingen seneste filer
chrome-nothing-to-report-the-design = Intet at rapportere: designet er komplet.
chrome-findings = Fund
modals-unsaved-text = "{ $name }" har ændringer, der ikke er gemt. De går tabt, hvis du fortsætter uden at gemme.
modals-changed-on-disk-text = { $file } er blevet ændret af et andet vindue eller program, siden du åbnede den. Hvis du gemmer nu, bliver de ændringer erstattet af dine.
modals-reload = Genindlæs
modals-shortcut-or = {"  "}eller{"  "}
shortcut-nudge = Flyt markeringen en smule
shortcut-nudge-keys = Piletaster (Shift: 1 enhed)
shortcut-pan = Panorér
shortcut-pan-keys = Mellemrum + træk, træk med midterste knap, eller rul
shortcut-zoom = Zoom
shortcut-zoom-keys = Ctrl + rul
shortcut-rename = Omdøb et trin
shortcut-rename-keys = Dobbeltklik på det
shortcut-add-flow = Tilføj et flow
shortcut-add-flow-keys = Træk fra et trins +-håndtag
shortcut-cancel-drag = Annuller en trækning
shortcut-cancel-drag-keys = Escape
modals-version = Version { $version }
modals-recover-not-saved = et design, der endnu ikke er gemt
modals-recover-text = Leadflow blev lukket med ændringer i "{ $name }" ({ $file }), som ikke var gemt. Vil du gendanne dem? De ligger i gendannelsesfilen, indtil du gemmer dem.
step-prospect = Prospektér
step-make-contact = Tag kontakt
step-qualify = Kvalificér
step-research = Research
step-present = Præsentér
step-close = Luk aftalen
step-first-check-in = Første opfølgning
step-upsell = Mersalg
step-identify-target-account = Identificér målkunde
step-build-stakeholder-list = Opbyg liste over interessenter
step-compile-initial-strategy = Læg den første strategi
step-landing-page = Landingsside
stage-name-capture = Leadopsamling
offer-inbound = Inbound: leads kommer til jer, og processen starter, når inbound-sælgere kvalificerer dem.
offer-outbound = Outbound: sælgerne tager første kontakt ud fra lister over personer, der passer til købsprofilen.
offer-relationship-based = Relationsbaseret: det meste af omsætningen kommer fra eksisterende kunder, så processen må ikke slutte ved Luk aftalen.
offer-team-selling = Teamsalg: efter Kvalificér researcher en forretningsanalytiker, en marketingkoordinator og sælgeren kunden, før account executiven præsenterer.
offer-account-based = Account-based: nøje udvalgte målkunder, alle interessenter nås, og research før første opkald.
offer-relationship-model = Relationsmodellen holder personer med lav købsintention i en nurturing-pulje og kommunikerer med dem over tid.
offer-digital-branding = Digital branding når ud til folk uden at fange dem; i bedste fald kommer en lille, forsinket andel tilbage som organiske leads.
offer-e-commerce = E-handel fører fra en annonce eller artikel til en side, hvor konverteringen sker.

## Startdesigns (deres navne, noter, trin og kilder, som de oprettes)

template-account-based-name = Account-based selling
template-account-based-notes = Vælg account-based selling, når nogle få store kunder betyder meget, og mange personer hos hver af dem påvirker beslutningen. Præcision i stedet for kolde lister, alle interessenter nås, og ingen standardpitch: researchen kommer før det første opkald.
template-account-based-stage-build-stakeholder-list = Opbyg liste over interessenter
template-account-based-stage-close = Luk aftalen
template-account-based-stage-compile-initial-strategy = Læg den første strategi
template-account-based-stage-customers = Kunder
template-account-based-stage-identify-target-account = Identificér målkunde
template-account-based-stage-make-contact = Tag kontakt
template-account-based-stage-make-contact-notes = Personlig kontakt til de første interessenter.
template-account-based-stage-present = Præsentér
template-account-based-source-target-accounts = Målkunder ud fra den ideelle kundeprofil
template-account-based-title = Account-based selling
template-account-based-subtitle = Få kunder, alle interessenter, ingen standardpitch
template-classic-funnel-name = Klassisk salgstragt
template-classic-funnel-notes = Vælg den klassiske salgstragt, når de fleste købere finder jer gennem kampagner og søgning og køber inden for få uger. Hvert trin indsnævrer målgruppen: Brandbevidsthed (kampagner, søgning, videoer, blogs), Overvejelse (nyhedsbreve, e-bøger, cases) og Konvertering (udtalelser fra kunder, et kampagnetilbud). Der, hvor interessen falder, er det trin, I skal forbedre.
template-classic-funnel-stage-awareness = Brandbevidsthed
template-classic-funnel-stage-awareness-notes = Kampagner på sociale medier, søgemaskinemarkedsføring, videoer og blogs.
template-classic-funnel-stage-consideration = Overvejelse
template-classic-funnel-stage-consideration-notes = Nyhedsbreve, e-bøger og cases til dem, der sammenligner tilbud.
template-classic-funnel-stage-conversion = Konvertering
template-classic-funnel-stage-conversion-notes = Udtalelser fra kunder og et kampagnetilbud hjælper købet på vej.
template-classic-funnel-stage-customers = Kunder
template-classic-funnel-source-search-ads = Søgeannoncer
template-classic-funnel-source-seo-content = SEO og blog
template-classic-funnel-source-social = Sociale medier
template-classic-funnel-title = Vores salgstragt
template-classic-funnel-subtitle = Brandbevidsthed → Overvejelse → Konvertering
template-digital-branding-name = Kun digital branding
template-digital-branding-notes = Med digital branding alene spredes indhold på sociale medier, i annoncer og kampagner uden kobling til et køb og uden mulighed for at fortsætte dialogen. Det kræver høj intensitet, er svært at måle og giver i bedste fald en lille, forsinket strøm af organiske leads. Sammenlign med salgssiloen, før I bruger pengene.
template-digital-branding-stage-brand-reach = Brandrækkevidde
template-digital-branding-stage-brand-reach-notes = De personer, vi når, bliver ikke fanget: ingen kan identificeres.
template-digital-branding-stage-contact-request = Henvendelse
template-digital-branding-stage-contact-request-notes = De få, der husker os og tager kontakt.
template-digital-branding-stage-customers = Kunder
template-digital-branding-source-social-campaign = Kampagne på sociale medier
template-digital-branding-source-video-ads = Videoannoncer
template-digital-branding-title = Kun digital branding
template-digital-branding-subtitle = Rækkevidde uden at fange nogen
template-e-commerce-entry-offer-name = E-handel med et introtilbud
template-e-commerce-entry-offer-notes = Vælg e-handel med et introtilbud, når en kompleks ydelse kan pakkes ind i noget, der er let at købe online første gang, f.eks. en workshop til fast pris. Hvert trin kan måles, så det kan optimeres på fakta. Designet starter, som en ny virksomhed gør: endnu ingen kunder og intet i pipelinen.
template-e-commerce-entry-offer-stage-checkout = Checkout
template-e-commerce-entry-offer-stage-customers = Kunder på introtilbuddet
template-e-commerce-entry-offer-stage-landing-page = Landingsside
template-e-commerce-entry-offer-stage-landing-page-notes = Én side, ét tilbud, én knap.
template-e-commerce-entry-offer-source-search-ads = Søgeannoncer
template-e-commerce-entry-offer-source-seo = Organisk søgning
template-e-commerce-entry-offer-source-social-ads = Annoncer på sociale medier
template-e-commerce-entry-offer-title = E-handel med et introtilbud
template-e-commerce-entry-offer-subtitle = Let at købe første gang
template-flywheel-name = Flywheel
template-flywheel-notes = Vælg flywheel-modellen, når begejstrede kunder er jeres bedste sælgere: genkøb og anbefalinger sender nye leads tilbage til Tiltræk. Det første køb er kun halvvejs; produktkvalitet og god efter-salgs kommunikation og kundeservice (levering, reklamationer, tilbud til tilbagevendende kunder) holder hjulet i gang.
template-flywheel-stage-attract = Tiltræk
template-flywheel-stage-attract-notes = Konsekvent kommunikation, tilstedeværelse på sociale medier og influencere.
template-flywheel-stage-delight = Begejstr
template-flywheel-stage-delight-notes = Efter købet: hurtig levering, god håndtering af reklamationer og tilbud til tilbagevendende kunder.
template-flywheel-stage-engage = Engagér
template-flywheel-stage-engage-notes = Vis, at tilbuddet løser deres problem: brugervenlig hjemmeside og detaljeret information.
template-flywheel-source-influencers = Samarbejder med influencere
template-flywheel-source-social = Sociale medier
template-flywheel-title = Vores flywheel
template-flywheel-subtitle = Tiltræk → Engagér → Begejstr, med anbefalinger, der fører tilbage til Tiltræk
template-inbound-name = Inbound-salg
template-inbound-notes = Vælg inbound, når de fleste leads kommer til jer: annoncer, søgning og indhold får besøgende til at udfylde en formular, og inbound-sælgere kvalificerer dem. Processen starter ved Kvalificér; arbejdet ligger i at tiltrække de rigtige besøgende og svare hurtigt.
template-inbound-stage-close = Luk aftalen
template-inbound-stage-customers = Kunder
template-inbound-stage-present = Præsentér
template-inbound-stage-qualify = Kvalificér
template-inbound-stage-qualify-notes = Ring tilbage inden for en dag; afklar behov, budget og timing.
template-inbound-source-search-ads = Søgeannoncer
template-inbound-source-webinars = Webinarer
template-inbound-source-website-forms = Formularer på hjemmesiden (SEO og indhold)
template-inbound-title = Inbound-salg
template-inbound-subtitle = Leads kommer til os; vi kvalificerer dem hurtigt
template-outbound-name = Outbound-salg
template-outbound-notes = Vælg outbound, når I ved præcis, hvem der bør købe, og de ikke selv finder jer: sælgerne tager første kontakt med kolde opkald, kolde e-mails, sociale medier eller netværk ud fra lister over personer, der passer til købsprofilen. De første trin er Prospektér og Tag kontakt.
template-outbound-stage-close = Luk aftalen
template-outbound-stage-customers = Kunder
template-outbound-stage-make-contact = Tag kontakt
template-outbound-stage-make-contact-notes = Kolde opkald, kolde e-mails og social selling; flere forsøg pr. lead.
template-outbound-stage-present = Præsentér
template-outbound-stage-prospect = Prospektér
template-outbound-stage-prospect-notes = Tjek hvert navn på listen op mod købsprofilen.
template-outbound-stage-qualify = Kvalificér
template-outbound-source-cold-list = Købt kontaktliste
template-outbound-source-networking = Netværk og LinkedIn
template-outbound-title = Outbound-salg
template-outbound-subtitle = Prospektér → Tag kontakt → Kvalificér → Præsentér → Luk aftalen
template-relationship-b2b-with-entry-offer-name = Relationsbaseret B2B med et introtilbud i webshoppen
template-relationship-b2b-with-entry-offer-notes = Vælg denne kombination, når jeres hovedsalg er en skræddersyet B2B-ydelse, men et introtilbud kan sælges online: webshoppen fanger købere tidligt i deres kunderejse, ikke kun de 3 %, der er klar nu, og relationsmodellen plejer alle de andre, indtil de er klar til at tale med en sælger.
template-relationship-b2b-with-entry-offer-stage-close = Luk aftalen
template-relationship-b2b-with-entry-offer-stage-customers = Kunder
template-relationship-b2b-with-entry-offer-stage-customers-notes = Kundepleje; genkøb er mersalg.
template-relationship-b2b-with-entry-offer-stage-entry-offer = Introtilbud
template-relationship-b2b-with-entry-offer-stage-entry-offer-notes = En workshop til fast pris, købt online; omsætningen fra den betaler annoncerne og tælles ikke med her.
template-relationship-b2b-with-entry-offer-stage-landing-page = Landingsside
template-relationship-b2b-with-entry-offer-stage-landing-page-notes = Tilbyder intro-workshoppen og en guide mod tilmelding med e-mail; de, der kun tilmelder sig, går til siloen.
template-relationship-b2b-with-entry-offer-stage-nurture = Nurturing-silo
template-relationship-b2b-with-entry-offer-stage-nurture-notes = Et nyhedsbrev og en e-mailserie, der slutter med en opfordring til handling.
template-relationship-b2b-with-entry-offer-stage-present = Præsentér
template-relationship-b2b-with-entry-offer-stage-qualify = Kvalificér
template-relationship-b2b-with-entry-offer-source-linkedin = Indhold på LinkedIn
template-relationship-b2b-with-entry-offer-source-search-ads = Søgeannoncer
template-relationship-b2b-with-entry-offer-title = Relationsbaseret B2B-salg med et introtilbud
template-relationship-b2b-with-entry-offer-subtitle = Webshop til det første køb, relationen til resten
template-relationship-based-name = Relationsbaseret salg
template-relationship-based-notes = Vælg relationsbaseret salg, når næsten al omsætning kommer fra eksisterende kunder: sælgerne bruger mere tid på at pleje kunderne end på at prospektere, så processen slutter ikke ved Luk aftalen. Første opfølgning og Mersalg følger efter hvert salg. Designet starter med de 320 kunder og den åbne pipeline, virksomheden har i dag, og deres genkøb, omsætningen fra eksisterende kunder, vises adskilt fra nysalget.
template-relationship-based-stage-close = Luk aftalen
template-relationship-based-stage-customers = Kunder
template-relationship-based-stage-customers-notes = Kundepleje: løbende opfølgning; genkøbene er mersalget.
template-relationship-based-stage-first-check-in = Første opfølgning
template-relationship-based-stage-first-check-in-notes = Et opkald to uger efter leveringen: er alt, som vi lovede?
template-relationship-based-stage-make-contact = Tag kontakt
template-relationship-based-stage-present = Præsentér
template-relationship-based-stage-prospect = Prospektér
template-relationship-based-stage-qualify = Kvalificér
template-relationship-based-stage-upsell = Mersalg
template-relationship-based-stage-upsell-notes = Gennemgå behovene sammen; foreslå det næste skridt.
template-relationship-based-source-cold-list = Målgruppeliste
template-relationship-based-source-events = Brancheevents
template-relationship-based-title = Relationsbaseret salg
template-relationship-based-subtitle = Salget er dér, hvor relationen begynder
template-sales-silo-name = Salgssilo
template-sales-silo-notes = Vælg salgssiloen, når folk køber i meget forskellige rytmer, og et lead, der ikke er klar i dag, måske er det næste kvartal. Ingen falder ud gennem hullerne i salgstragten: alle, der kan blive kunder, bliver i siloen og får relevante e-mails med lav intensitet, og de varme leads tages ud til personlig kontakt.
template-sales-silo-stage-capture = Leadopsamling
template-sales-silo-stage-capture-notes = Tilmeldinger til e-bøger og webinarer: e-mailadressen er det digitale visitkort.
template-sales-silo-stage-close = Luk aftalen
template-sales-silo-stage-customers = Kunder
template-sales-silo-stage-present = Præsentér
template-sales-silo-stage-qualify = Kvalificér
template-sales-silo-stage-qualify-notes = Inbound-sælgere ringer til de varme leads.
template-sales-silo-stage-silo = Nurturing-silo
template-sales-silo-stage-silo-notes = Et månedligt nyhedsbrev og en kort e-mailserie; lead scoring markerer de varme leads.
template-sales-silo-source-linkedin-ads = LinkedIn-annoncer
template-sales-silo-source-seo-content = SEO og indhold
template-sales-silo-source-webinars = Webinarer
template-sales-silo-title = Vores salgssilo
template-sales-silo-subtitle = Ingen falder gennem salgstragten: siloen holder dem varme
template-team-selling-name = Teamsalg
template-team-selling-notes = Vælg teamsalg, når flere personer er med i hvert salg: en SDR kvalificerer og giver videre til en account executive, en forretningsanalytiker og en marketingkoordinator researcher kunden, og customer success kommer med ved onboardingen. Et CRM, hvor hele teamet kan se hver kundes historik, er afgørende.
template-team-selling-stage-close = Luk aftalen
template-team-selling-stage-customers = Kunder
template-team-selling-stage-make-contact = Tag kontakt
template-team-selling-stage-present = Præsentér
template-team-selling-stage-qualify = Kvalificér
template-team-selling-stage-qualify-notes = SDR'en kvalificerer og giver derefter videre til account executiven.
template-team-selling-stage-research = Research
template-team-selling-stage-research-notes = Analytiker: kundens branche og marked. Marketing: indhold, der betyder noget for interessenterne. Sælger: hvilke andre virksomheder der kan være interesserede.
template-team-selling-source-cold-list = Målgruppeliste
template-team-selling-source-website-forms = Formularer på hjemmesiden
template-team-selling-title = Teamsalg
template-team-selling-subtitle = SDR → account executive, med research og customer success

## Katalog over roller og værktøjer

catalogue-role-sdr = SDR
catalogue-role-account-executive = Account executive
catalogue-role-account-executive-short = AE
catalogue-role-marketing-coordinator = Marketingkoordinator
catalogue-role-marketing-coordinator-short = Mkt-koord.
catalogue-role-business-analyst = Forretningsanalytiker
catalogue-role-business-analyst-short = Analytiker
catalogue-role-content-creator = Indholdsproducent
catalogue-role-content-creator-short = Indhold
catalogue-role-seo-sem-specialist = SEO/SEM-specialist
catalogue-role-seo-sem-specialist-short = SEO/SEM
catalogue-role-customer-success = Customer success
catalogue-role-customer-success-short = Success
catalogue-role-support = Support
catalogue-tool-crm = CRM
catalogue-tool-marketing-automation = Marketing automation
catalogue-tool-marketing-automation-short = Automation
catalogue-tool-email = E-mail
catalogue-tool-ads-platform = Annonceplatform
catalogue-tool-webshop = Webshop
catalogue-tool-social-media = Sociale medier
catalogue-tool-video = Video
catalogue-tool-meeting-booking = Mødebooking
catalogue-tool-e-procurement = E-indkøb
catalogue-tool-meeting-booking-short = Booking

## Guide og flere dialoger

wizard-1-where-do-most-leads = 1. Hvor kommer de fleste leads fra?
wizard-they-come-to-us-ads = De kommer til os: annoncer, søgning, indhold
wizard-we-reach-out-cold-lists = Vi opsøger dem: kolde lister, opkald, e-mail, netværk
wizard-both-in-similar-measure = Begge dele, i nogenlunde samme omfang
wizard-2-how-much-of-your = 2. Hvor stor en del af jeres omsætning kommer fra eksisterende kunder?
wizard-3-how-many-of-your = 3. Hvor mange af jeres folk er med i hvert salg?
wizard-4-do-you-pitch-one = 4. Pitcher I til én person eller til mange hos en målkunde?
wizard-one-person-decides = Én person beslutter
wizard-many-stakeholders-influence-the-decision = Mange interessenter påvirker beslutningen
wizard-a-typical-first-order-and = En typisk første ordre, og hvor lang tid købet tager
wizard-how-do-your-customers-buy = Hvordan køber jeres kunder? (ingen: lad Leadflow foreslå)
wizard-customers-today = Kunder i dag
wizard-recommended = Anbefalet: { $model }
wizard-why-account-based = Flere interessenter påvirker hver beslutning hos jeres målkunder: account-based selling udvælger kunderne nøje og når alle interessenter med en researchet, personlig tilgang.
wizard-why-team-selling = Tre eller flere af jeres folk er med i hvert salg: teamsalg, hvor en SDR giver kvalificerede leads videre til en account executive, med research før præsentationen og et CRM, som hele teamet deler.
wizard-why-relationship-based = Det meste af jeres omsætning kommer fra eksisterende kunder: relationsbaseret salg, hvor processen fortsætter efter Luk aftalen med en første opfølgning og mersalg.
wizard-why-inbound = De fleste leads kommer til jer via annoncer, søgning og indhold: inbound-salg, hvor processen starter, når sælgerne kvalificerer dem.
wizard-why-outbound = Jeres sælgere tager første kontakt ud fra lister over personer, der passer til jeres købsprofil: outbound-salg, der starter med Prospektér og Tag kontakt.
wizard-default-name = Vores salgsproces
wizard-target-account-list = Liste over målkunder
wizard-transactions = Transaktioner: { $models }.
wizard-why-nurture-pool = En nurturing-pulje holder på de leads, der ikke er klar endnu.
wizard-why-brand-reach = Brandrækkevidde bringer en lille, forsinket andel tilbage som organiske leads.

## Målsøgning, eksport, CRM-dialog og filer

goal-dialog-customers = Kunder
goal-dialog-ending = som slutter { $date }
goal-dialog-headcount = Antal personer
goal-dialog-judge-by-runs = Vurdér ud fra { $runs } Monte Carlo-kørsler i stedet for forventede værdier
goal-dialog-today = i dag { $reached } pr. { $date }
goal-dialog-no-role = Intet trin har en rolle, der kan tilføjes personer til.
goal-dialog-no-conversion = Intet trin har en konvertering, der kan ændres.
export-dialog-pixels = { $width } × { $height } pixels
export-dialog-vectors = Vektorer: skarpe i enhver størrelse
export-dialog-only-selected = Kun de markerede trin
chrome-open-recent = Åbn seneste
export-format-png = PNG-billede
export-format-svg = SVG-vektorbillede
export-format-pdf = PDF-dokument
export-layout-diagram = Diagram
export-layout-slide = Slide (16:9)
crm-dialog-not-a-date = "{ $text }" er ikke en dato som 2026-11-30 (ÅÅÅÅ-MM-DD)
crm-dialog-title-new = Nyt design fra en CRM-eksport
crm-dialog-title-calibrate = Kalibrér fra en CRM-eksport
crm-dialog-intro = En hændelseslog (CSV) eller deals fra HubSpot, Pipedrive eller Salesforce, som de eksporteres (CSV eller XLSX). Navne på deals og ejere gemmes ikke.
crm-dialog-name-columns-hint = Angiv kolonnerne under "Kolonner i en hændelseslog" ovenfor i denne dialog, og klik på Læs igen.
crm-dialog-stale = Indstillingerne er ændret, siden eksporten blev læst: klik på Læs igen for at bruge dem.
crm-dialog-imported-pipeline = Importeret pipeline
crm-field-case = Deal (sags-id)
crm-field-stage = Trin
crm-field-time = Tidspunkt for indgang
crm-field-source = Kilde
crm-field-amount = Beløb
crm-field-outcome = Udfald
crm-field-created = Oprettet
crm-slash-decide = Afgør ud fra kolonnen
crm-slash-day-first = Dag først (3. april)
crm-slash-month-first = Måned først (4. marts)
crm-dialog-plan-starts = Planen starter den { $date } (den dag, de åbne deals blev talt).
crm-dialog-keeps-actuals = Designet gemmer { $weeks } ugers faktiske tal fra { $date } til "Plan mod faktisk" i stedet for dem, det havde i forvejen.
crm-dialog-open-deals = { $deals } åbne deals
file-dialog-read-a-crm-export = Læs en CRM-eksport
file-dialog-crm-export = CRM-eksport
file-dialog-open-design = Åbn design
file-dialog-leadflow-design = Leadflow-design
file-dialog-image-exported-by-leadflow = Billede eksporteret fra Leadflow
file-dialog-save-design = Gem design
file-dialog-export-image = Eksportér billede
file-dialog-open = Åbn
file-dialog-save = Gem
file-dialog-cancel = Annuller
file-dialog-refresh = Opdater
file-dialog-parent-folder = Én mappe op
file-dialog-file = Fil:
file-dialog-show-hidden = Vis skjulte filer
file-dialog-replace = "{ $name }" findes allerede. Vil du erstatte den?
file-dialog-replace-it = Erstat
file-dialog-no-system = Denne computer har ingen egen fildialog (ingen skrivebordsportal, ingen zenity), så Leadflow viser sin egen. Vis → Leadflows egen fildialog gør den til standard.
document-unsaved-design = Ikke-gemt design
palette-stage-item = Trin: { $name }
app-no-template = der findes ingen skabelon med navnet "{ $name }"
app-autosave-failed = Automatisk gemning mislykkedes: { $error }

## Fund, rettelser, fortryd-trin, løftestænger og målsøgning

fix-add-capture = Tilføj et trin til leadopsamling
fix-add-nurture-pool = Tilføj en nurturing-pulje
fix-add-model-stages = Tilføj trinnene efter salget
fix-add-crm = Giv alle trin CRM'et
fix-add-person = Tilføj én person
fix-add-sdr = Bemand det med en SDR
finding-branding-without-capture = { $stage }: folk nås, men fanges ikke, så der er ingen måde at fortsætte dialogen på. Et trin til leadopsamling (en tilmelding med opfølgning på e-mail) gør rækkevidde til leads.
finding-drops-without-pool = Processen taber { $percent } af sine leads og mister dem: en nurturing-pulje ville holde dem varme, indtil de er klar.
finding-relationship-without-post-sale = Relationsbaseret salg, men processen slutter ved Luk aftalen: tilføj { $stages } for at pleje kunderne efter salget.
finding-and = {" "}og{" "}
finding-team-selling-without-crm = Teamsalg uden et CRM: teamet har brug for ét sted, hvor de kan kommentere hver kunde og se dens historik.
finding-inbound-starts-with-prospecting = { $stage }: et inbound-design starter dér, hvor leads kommer til jer, ved Kvalificér; prospektering er outbound-arbejde.
finding-one-more-person = {" "}Én person mere: { $gain } kunder pr. { $date }.
finding-roles-cannot-keep-up = { $stage }: personerne kan ikke følge med; { $backlog } leads venter pr. { $date }.{ $effect }
finding-stage-without-role = { $stage }: ingen arbejder på dette trin; simuleringen antager ubegrænset kapacitet.
finding-source-costs-more = { $source }: omkring { $cost } pr. vundet kunde, mere end de { $order_value }, en første ordre giver.
change-edit = Redigering
change-move-stages = Flyt trin
change-nudge = Flyt en smule
change-rename-stage = Omdøb trin
change-add-stage = Tilføj trin
change-delete = Slet
change-cut = Klip
change-paste = Sæt ind
change-duplicate = Duplikér
change-add-flow = Tilføj flow
change-delete-flow = Slet flow
change-change-flow-share = Skift andel af flow
change-attach-role = Tilknyt rolle
change-attach-tool = Tilknyt værktøj
change-add-role = Tilføj rolle
change-remove-role = Fjern rolle
change-change-tools = Skift værktøjer
change-add-source = Tilføj kilde
change-remove-source = Fjern kilde
change-change-conversion = Skift konvertering
change-change-days-in-stage = Skift dage på trinnet
change-change-today = Skift, hvad der er på trinnet i dag
change-change-sales-model = Skift salgsmodel
change-change-transaction-models = Skift transaktionsmodeller
change-add-implied-stages = Tilføj de trin, modellen kræver
change-arrange-funnel = Arrangér som salgstragt
change-arrange-flywheel = Arrangér som flywheel
change-add-scenario = Tilføj scenarie
change-switch-scenario = Skift scenarie
change-remove-scenario = Fjern scenarie
change-goal-seek = Målsøgning
change-calibrate = Kalibrér fra CRM-eksport
change-keep-what-if = Behold ændringerne fra Hvad nu hvis
change-apply-fix = Anvend rettelse
lever-conversion = +10 % konvertering
lever-time-in-stage = −10 % tid på trinnet
lever-one-person = +1 person
lever-label = { $stage }: { $lever }
goal-out-of-reach = uden for rækkevidde: selv { $value } giver kun { $reached } senest i uge { $week }
goal-too-uncertain = uden for rækkevidde: selv { $value } når kun målet i { $percent } af kørslerne senest i uge { $week }
goal-stopped = stoppet, før der blev fundet et svar
goal-no-sources = designet har ingen leadkilder at skalere
goal-no-stage = der findes intet trin med navnet "{ $stage }"
goal-no-role = trinnet "{ $stage }" har ingen rolle, der kan tilføjes personer til
goal-nothing-to-change = intet at ændre
goal-customers-value = { $customers } kunder
goal-leads-value = { $leads } leads pr. uge i alt
goal-conversion-value = { $conversion } konvertering
goal-people-value = { $people } personer
goal-answer-leads = { $leads } leads pr. uge i alt (i dag { $today })
goal-answer-conversion = { $conversion } konvertering på { $stage } (i dag { $today })
goal-answer-people = { $people } personer på { $stage } (i dag { $today })
goal-answer = For at have { $wanted } senest i uge { $week } ({ $date }): { $what }.
goal-answer-share = {" "}{ $percent } af { $runs } Monte Carlo-kørsler når det.

## Validering

validate-delays = brandrækkevidde: forsinkelserne er i alt { $days } dage, mere end de { $max }, et design må have
validate-scenario-part = scenariet "{ $scenario }": { $part }
validate-rate-not-number = { $what }: { $field } er { $value }, ikke et tal mellem 0 og 1
validate-rate-outside = { $what }: { $field } { $value } ligger uden for 0..1
validate-not-finite = { $what }: { $field } er { $value }, ikke et endeligt tal
validate-negative = { $what }: { $field } { $value } er negativ
validate-above-limit = { $what }: { $field } { $value } er over grænsen på { $max }
evidence-not-finite = den målte værdi og intervallet skal være endelige tal
evidence-outside-interval = intervallet { $low }..{ $high } indeholder ikke den målte værdi { $measured }
evidence-too-many-deals = den bygger på { $deals } handler, flere end de { $max }, en import læser
evidence-period-reversed = perioden begynder ({ $from }) efter den slutter ({ $to })
actuals-too-many-weeks = de faktiske tal dækker { $weeks } uger; et design gemmer højst { $max }
validate-evidence-broken = { $what }: målingen af { $field } er ødelagt: { $problem }
validate-too-long = { $what }: { $field } har { $chars } tegn, mere end de { $max }, der er tilladt
validate-too-many = { $what }: { $count }, mere end de { $max }, et design må have
validate-stage = trinnet "{ $name }" ({ $id })
validate-days-above-zero = { $what }: days_in_stage { $value } skal være et tal over 0
validate-days-under-a-day = { $what }: days_in_stage { $value } er under en dag; simuleringen går frem én dag ad gangen, så trinnet tager én dag
validate-position = { $what }: positionen ({ $x }, { $y }) ligger længere end { $max } fra lærredets midte
validate-waiting-over-count = { $what }: waiting_today { $waiting } er flere end de { $count }, der er på trinnet i dag
validate-waiting-unused = { $what }: waiting_today bruges kun af trin i salgstragten og flywheel-segmenter
validate-lost-starts-empty = { $what }: et Tabt-trin starter tomt; in_stage_today bruges ikke
validate-pool-shares = { $what }: andelene for opvarmning og afmelding er tilsammen mere end 100 % om ugen
validate-source = kilden "{ $name }" ({ $id })
validate-growth = { $what }: growth_per_month { $value } skal være et tal over -1 og højst { $max }
validate-role = rollen "{ $name }" ({ $id })
validate-tool = værktøjet "{ $name }" ({ $id })
validate-start-date = simulering: start_date { $date } ligger uden for { $range }
validate-simulation-outside = simulering: { $field } { $value } ligger uden for { $range }
validate-passes = simulering: { $runs } kørsler × { $weeks } uger × { $stages } trin giver { $size } GB tal, mere end de { $kept } GB, der holdes ad gangen, så kørslerne simuleres { $passes } gange, hver med en del af dem; færre kørsler eller en kortere horisont er { $passes } gange hurtigere
validate-counted = simulering: { $runs } kørsler × { $weeks } uger × { $stages } trin giver { $size } GB tal, mere end de { $kept } GB, der holdes ad gangen, så percentilerne tælles i stedet for at blive holdt: kørslerne simuleres { $passes } gange, og tallene forbliver nøjagtige; færre kørsler eller en kortere horisont er hurtigere
validate-season-length = { $what }: sæsonen har { $count } faktorer; den skal have én pr. måned, 12, eller ingen
validate-season-factor = { $what }: sæsonfaktoren for { $month } er { $factor }, uden for 0..10
validate-flow-no-stage = { $flow }: der findes intet trin "{ $stage }"
validate-flow-into-itself = { $flow }: et trin flyder ind i sig selv
validate-flow-twice = { $flow }: findes mere end én gang; slå de to sammen
validate-drop-outs-missing = { $what }: frafald går til "{ $pool }", som ikke findes
validate-drop-outs-not-pool = { $what }: frafald går til { $stage }, som ikke er en nurturing-pulje
validate-names-missing = { $what }: { $field } henviser til "{ $target }", som ikke findes
validate-role-missing = { $what }: rollen "{ $role }" findes ikke i rollekataloget
validate-tool-missing = { $what }: værktøjet "{ $tool }" findes ikke i værktøjskataloget
validate-entry-missing = { $source }: indgangstrinnet "{ $stage }" findes ikke
validate-flow = flow { $from } → { $to }
validate-shares-over = { $what }: de udgående flows andele er tilsammen { $percent } %, over 100 %
validate-shares-under = { $what }: de udgående flows andele er tilsammen { $percent } %; resten af dem, der konverterer, går tabt
validate-nowhere-to-go = { $what }: leads, der konverterer, har ingen steder at gå hen; tilføj et flow
validate-no-sources = designet har ingen leadkilder, så der kommer ingen leads ind
validate-unreachable-customers = { $what }: intet lead kan nå dette kundetrin
validate-unreachable = { $what }: intet lead kan nå dette trin
validate-no-customer-stage = designet har intet kundetrin, så simuleringen tæller ingen kunder

## Tilgængelighed på lærredet, akseværdier og slidens sæson

canvas-drag-to-another-stage-to = Træk til et andet trin for at tilføje et flow
canvas-stage-name = Navn på trin
canvas-stage-label = Trinnet { $name }
canvas-add-flow-from = Tilføj flow fra { $name }
tick-millions = { $value } mio.
tick-thousands = { $value } t.
slide-season = {" "}(sæson: { $low_month } ×{ $low } til { $high_month } ×{ $high })

## Fejl ved indlæsning og gemning

load-cannot-read = { $file }: filen kan ikke læses: { $error }
load-not-text = { $place }: dette er ikke en tekstfil (ugyldig UTF-8); er det et Leadflow-design?
load-no-design-in-image = { $file }: filen indeholder intet Leadflow-design; kun billeder og præsentationer eksporteret fra Leadflow kan åbnes som design
load-not-a-file = { $file }: ikke en almindelig fil; et design er en .ron-fil eller et billede eller en præsentation eksporteret fra Leadflow
load-too-large = { $file }: { $bytes } bytes, mere end de { $limit } bytes, et design må fylde
load-empty = { $file }: filen er tom; den indeholder intet design
load-newer-version = { $file }: skrevet af en nyere version af Leadflow (formatversion { $found }); denne version kan læse op til { $supported }. Opdatér Leadflow for at åbne filen.
load-ends-early = filen slutter for tidligt; er den komplet?
load-expected-number = her forventedes et tal
load-expected-found = forventede { $expected }, fandt { $found }
load-unknown-field = ukendt felt `{ $found }` (skrevet af en nyere version af Leadflow, eller en tastefejl?); forventede et af disse: { $expected }
load-missing-field = feltet `{ $field }` mangler
load-unknown-value = ukendt værdi `{ $found }`; forventede en af disse: { $expected }
save-serialize = designet kan ikke skrives som RON: { $error }
save-cannot = { $file }: kan ikke gemmes: { $error }
save-read-only = { $file }: filen er skrivebeskyttet og er ikke blevet erstattet. Gem designet under et andet navn

## Rapport fra CRM-import

report-export = eksport
report-pipeline = , pipeline "{ $name }"
report-read = Indlæst { $source }: { $kind }{ $pipeline }
report-deals = { $deals } deals ({ $won } vundne, { $lost } tabte, { $open } åbne) fra { $rows } rækker, { $period }; åbne deals talt den { $date }.
report-stage-order = Trinrækkefølge: { $order }.
report-column-stage = Trin
report-column-deals = Deals
report-column-conversion = Konvertering (90 %)
report-column-days = Dage på trinnet (90 %)
report-column-open = Åbne
report-none-left = ingen forlod trinnet
report-not-in-export = ikke i eksporten
report-thin = {"  "}spinkelt datagrundlag: { $decided } deals afgjort
report-order-value = Ordreværdi: gennemsnit { $mean } ud fra { $won } vundne deals; median { $median }.
report-no-order-value = Ordreværdi: ingen vundet deal har et beløb.
report-skipped = { $count } rækker eller deals er sprunget over:
report-skipped-row = {"  "}række { $row }: { $reason }
report-skipped-more = {"  "}… og { $count } til
report-note = Bemærk: { $note }.
report-none = ingen
report-moved-back-from = { $count } fra { $stage }
report-moves-back = Flyttet tilbage til et tidligere trin: { $moves }
report-skips = Oversprungne trin: { $from } → { $to }: { $count } af { $moved_on }, der gik videre ({ $percent })
report-new-deals = Nye deals pr. uge (90 %):
report-growth = vækst { $growth } % om måneden ({ $low } til { $high } %)
report-no-growth = ingen vækst tydelig nok til at planlægge efter (90 %: { $low } til { $high } % om måneden)
report-growth-beside-season = vækst { $growth } % om måneden ({ $low } til { $high } %), bruges ikke: med under to års data forklarer sæsonen de samme måneder
report-too-short-for-growth = for kort en periode til at beregne vækst
report-no-season = ingen sæsonudsving
report-seasonal = sæsonpræget
report-source = {"  "}{ $source } → { $entry }: { $per_week } ud fra { $deals } deals; { $growth }; { $season }

## Beskeder fra CRM-import og kalibrering

export-kind-event-log = hændelseslog
export-kind-hub-spot = HubSpot-eksport af deals
export-kind-pipedrive = Pipedrive-eksport af deals
export-kind-salesforce = Salesforce-historik over salgsmuligheder
calibrate-conversion = konvertering
calibrate-days-in-stage = dage på trinnet
calibrate-in-stage-today = på trinnet i dag
import-notes-built = Bygget ud fra en { $kind } med { $deals } deals, { $period }, åbne deals talt den { $date }.
import-notes-measured = Målt: { $history ->
        [yes] konvertering og dage på trinnet
       *[no] konvertering (dage på trinnet kunne ikke måles og er antaget: 7)
    } på { $stages } trin, nye deals pr. uge fra { $sources } kilder{ $order_value ->
        [yes] , ordreværdien
       *[no] {""}
    }.
import-notes-assumed = Antaget (eksporten siger intet om det): omkostninger og bemanding, genkøb, anbefalinger og kundetab.
import-error-row = række { $row }
import-error-column = kolonne "{ $column }"
import-no-source-given = Ingen kilde angivet
import-new-deals = Nye deals
import-other-sources = Andre kilder
import-has-column-names-but-no = har kolonnenavne, men ingen deals
import-as-given = som angivet
import-has-no-dates-leadflow-needs = har ingen datoer: Leadflow skal vide, hvornår deals blev oprettet eller kom ind på deres trin
import-has-no-column-names = har ingen kolonnenavne
import-is-empty = er tom
import-is-not-a-regular-file = er ikke en almindelig fil
import-is-not-a-table-neither = er ikke en tabel: hverken CSV-tekst eller en XLSX-projektmappe
import-has-no-sheets = har ingen ark
import-the-deal-has-no-stage = dealen er kun registreret som lukket, ikke på noget trin
import-from-the-export-s-columns = ud fra eksportens kolonner
import-the-deal-entered-no-stage = dealen kom ikke ind på noget trin i pipelinen
import-the-deal-is-deleted = dealen er slettet
import-cannot-read = kan ikke læses: { $error }
import-several-pipelines = indeholder { $count } pipelines ({ $pipelines }); vælg én med --pipeline
import-too-many-cells = har { $cells } celler; en eksport har højst { $max } kolonner
import-too-many-deals = mere end { $max } deals; del eksporten op efter periode
import-too-many-stages-column = mere end { $max } forskellige trin: er det virkelig kolonnen med trin?
import-missing-column = har ingen kolonne "{ $column }", som en { $kind } skal have
calibrate-order-value = ordreværdi
calibrate-leads-per-week = leads pr. uge
import-repeats-row = { $column } { $id } gentager række { $row }; rækken springes over
import-column-empty = kolonnen "{ $column }" er tom
import-not-a-status = kolonnen "{ $column }": "{ $text }" er ikke en status (åben, vundet eller tabt); dealen springes over
import-closes-before-created = kolonnen "{ $column }": dealen afsluttes, før den blev oprettet; dealen springes over
import-leaves-before-entering = kolonnen "{ $column }": dealen forlader trinnet, før den går ind i det; dealen springes over
import-closed-before-stage = dealen i denne række blev afsluttet i række { $row } før denne trinpost; dealen springes over
import-note-no-deal-closed = ingen deal er afsluttet (intet trin kaldet vundet eller tabt, ingen udfaldskolonne): det sidste trins konvertering kan ikke måles
import-not-a-date = "{ $text }" er ikke en dato
import-repeats-event = gentager række { $row } (samme deal, trin og tidspunkt)
import-not-csv = er ikke læsbar CSV: { $error }
import-not-xlsx = er ikke en læsbar XLSX-projektmappe: { $error }
import-date-unlike-column = "{ $text }" er ikke en dato i samme format som resten af kolonnen (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY eller MM/DD/YYYY, eventuelt med klokkeslæt)
import-dates-ambiguous = alle datoer kan læses både som DD/MM/YYYY og som MM/DD/YYYY; angiv hvilket med --dates day-first eller --dates month-first
import-all-skipped = har ingen deals, Leadflow kan bruge: alle { $rows } rækker blev sprunget over (den første: { $first })
import-order-by-arrival = efter hvornår deals når trinnene (angiv rækkefølgen med --stage-order)
import-order-unknown-stage = har intet trin "{ $stage }" fra den angivne rækkefølge; dens trin er: { $stages }
import-order-missing-stage = trinnet "{ $stage }" mangler i den angivne rækkefølge (--stage-order skal nævne alle trin)
import-note-no-creation-date = { $deals } deals har ingen oprettelsesdato: de tælles ikke med som nye deals
import-order-by-time-in-pipeline = udledt af, hvor længe deals på hvert trin har været i pipelinen (angiv rækkefølgen med --stage-order)
import-note-other-pipelines = { $deals } deals fra andre pipelines (eller uden pipeline) blev ikke læst
import-note-id-from-first-column = deals skelnes fra hinanden ved den første kolonne, “{ $column }”: ingen kolonne hedder Record ID (angiv en anden med --column case=NAVN på kommandolinjen eller under Kolonner i vinduet)
import-note-pipedrive = Pipedrives eksport af deals har ingen trinhistorik: konverteringerne beregnes ud fra det fjerneste trin, hver deal nåede, i pipelinens rækkefølge; dage på trinnet kan ikke måles og beholder designets værdier

## Beskeder fra CRM-import, flere

import-unknown-export = er ikke en CRM-eksport, Leadflow kender (kolonner: { $columns }). En hændelseslog skal have en kolonne med sags-id, en med trin og en med tidsstempel (f.eks. deal_id, stage, entered_at); angiv dine med --column case=…, stage=…, time=…, eller vælg typen med --format
import-no-such-pipeline = har ingen pipeline "{ $pipeline }"; dens pipelines er: { $pipelines }

## Beskeder fra CRM-import, sidste

import-no-such-column = har ingen kolonne "{ $column }" (angivet for { $field }); dens kolonner er: { $columns }
import-too-large = fylder { $size } MB; Leadflow læser eksporter på op til { $max } MB
import-column-case = sags-id (f.eks. deal_id)
import-column-stage = trin
import-column-time = tidspunkt (f.eks. entered_at)

canvas-minimap = Hele designet: klik eller træk for at se dér

## The plan over time: figures and validation

figure-headcount = antal personer
figure-conversion = konvertering
figure-days-in-stage = dage i trinnet
figure-leads-per-week = leads pr. uge
figure-spend-per-week = udgift pr. uge
figure-order-value = ordreværdi
figure-repeat-purchases = genkøb pr. år
figure-churn-per-year = kundetab pr. år
validate-too-many-moves = planen har { $count } ændringer; et design må have { $max }
validate-move-text-long = ændringen "{ $name }…": et navn må have { $max } tegn og noter { $notes }
validate-move-no-figure = ændringen "{ $name }": designet har ingen { $figure } for "{ $of }" (et trin eller en kilde, den nævner, mangler, eller rollen arbejder ikke i trinnet)
validate-move-not-a-number = ændringen "{ $name }": dens ændring eller udgift er ikke et tal inden for grænserne
validate-move-outside = ændringen "{ $name }" begynder { $date }, uden for den simulerede periode { $start } – { $end }
validate-move-ends-before = ændringen "{ $name }" slutter { $until }, ikke efter at den begynder ({ $from })
validate-move-ramp-long = ændringen "{ $name }": indkøringen på { $days } dage er længere end de { $horizon } dage, der simuleres
validate-move-figure-outside = ændringen "{ $name }" bringer { $figure } til { $value }, uden for { $low } – { $high }

## The year month by month

months-month = Måned
months-days = Dage
months-leads-in = Nye leads
months-entering = Ind i { $stage }
months-new-customers = Nye kunder
months-active-customers = Kunder ved månedens udgang
months-revenue-new = Omsætning, nye kunder
months-revenue-existing = Omsætning, eksisterende kunder
months-cost-people = Udgift, personale
months-cost-tools = Udgift, værktøjer
months-cost-sources = Udgift, leadkilder
months-cost-moves = Udgift, ændringer
months-profit = Resultat
months-cumulative-profit = Akkumuleret resultat
months-headcount = { $role } (personer)

## Starting design: growth plan

template-growth-plan-name = Vækstplan for året
template-growth-plan-notes = En B2B-virksomheds år, som det blev planlagt i januar. Det begynder med 60 kunder og aftaler i hvert trin. Én sælger præsenterer og er flaskehalsen: aftalerne venter. To sælgere mere begynder, i februar og i maj, og hver skal bruge 90 dage for at nå fuld kapacitet (med løn fra første dag). En webinarkampagne kører i andet kvartal, en partnerkanal åbner i april og trappes op over en måned, og en ny metode til behovsafdækning løfter Kvalificér fra 35 % til 45 % i løbet af september og oktober. Året måned for måned viser dykket i resultatet, mens de nye kommer i gang, og kvartalet hvor pipelinen fyldes.
template-growth-plan-title = Vækstplan for året
template-growth-plan-subtitle = To nyansættelser, en kampagne, en partnerkanal og en bedre metode
template-growth-plan-stage-close = Luk aftalen
template-growth-plan-stage-customers = Kunder
template-growth-plan-stage-present = Præsentér
template-growth-plan-stage-present-notes = Én sælger præsenterer i dag; aftalerne venter på en ledig tid.
template-growth-plan-stage-qualify = Kvalificér
template-growth-plan-stage-qualify-notes = Ring tilbage inden for en dag; afklar behov, budget og timing.
template-growth-plan-source-partners = Partnerkanal
template-growth-plan-source-search-ads = Søgeannoncer
template-growth-plan-source-webinars = Webinarer
template-growth-plan-source-website-forms = Formularer på hjemmesiden (SEO og indhold)
template-growth-plan-move-0 = En sælger begynder
template-growth-plan-move-0-notes = Præsenterer fra februar; omkring 90 dage til fuld kapacitet.
template-growth-plan-move-1 = En sælger mere begynder
template-growth-plan-move-1-notes = Præsenterer de aftaler, som partnerkanalen og kampagnen giver.
template-growth-plan-move-2 = Webinarkampagne
template-growth-plan-move-2-notes = Et webinar hver anden uge i andet kvartal.
template-growth-plan-move-3 = Partnerkanalen åbner
template-growth-plan-move-3-notes = To forhandlere; deres leads bygges op over den første måned.
template-growth-plan-move-4 = Ny metode til behovsafdækning
template-growth-plan-move-4-notes = Uddannelse i august; Kvalificérs konvertering stiger, efterhånden som teamet tager metoden til sig.

## The plan in the editor

plot-months = Måned for måned
months-copy = Kopiér som tabel
months-copy-hint = Kopierer tabellen med overskrifter, tabulatorsepareret: indsæt den i et regneark
months-note = Forventede værdier. En uge, der strækker sig over to måneder, deles efter sine dage.
months-note-bands = Gennemsnit af kørslerne; kunder og akkumuleret resultat med deres 10–90 %-bånd. En uge, der strækker sig over to måneder, deles efter sine dage.
timeline-add-move = Tilføj en ændring…
timeline-empty = Ingen ændringer: hvert tal gælder fra første dag til horisonten.
timeline-hint = Klik på en ændring for at redigere den, træk den i tiden; boksen slår den fra.
timeline-switch = Slået til: { $name }
timeline-bar-hint = Klik for at redigere; træk for at flytte i tiden
move-figure-headcount = { $role } i { $stage }
move-figure-of = { $figure } for { $of }
move-default-name = Ændr { $figure }
move-inspector-heading = Ændring
move-inspector-from-to = { $from } → { $to }
move-inspector-on = Slået til
move-inspector-name = Navn
move-inspector-change = Ændring
move-change-to = Til
move-change-by = Med
move-change-by-percent = Med procent
move-inspector-starts-on = Begynder
move-inspector-ramp-up = Fuld effekt efter
move-inspector-ramp-up-hint = Dage, før ændringen får fuld effekt, jævnt fordelt (en ny sælger: omkring 90). 0: med det samme. Nyansatte får løn fra første dag.
move-inspector-ends-on = Slutter
move-inspector-one-off-cost = Engangsudgift
move-inspector-cost-per-month = Udgift pr. måned
move-inspector-notes = Noter
move-inspector-notes-hint = Hvorfor, og hvad den bygger på
move-inspector-remove = Fjern ændringen
stage-inspector-change-from-a-date = Ændr fra en dato…
stage-inspector-change-from-a-date-hint = Planlæg en ændring af et af trinnets tal fra en dato: en nyansættelse, en ny metode, en pris
change-add-move = Tilføj ændring
change-edit-move = Redigér ændring
change-shift-move = Flyt i tiden
change-switch-move = Slå ændring til eller fra
change-remove-move = Fjern ændring

## The plan: with it and without it

plot-without-the-plan = Uden planen
plot-without-the-plan-value = { $customers } · { $profit }
plot-active-customers-without-the-plan = Aktive kunder uden planen
plot-profit-without-the-plan = Akkumuleret resultat uden planen
move-inspector-adds = Giver { $customers } kunder og { $profit } i resultat til { $date } (forventede værdier, mod planen uden denne ændring)
move-inspector-measured = Målt ud fra { $deals } aftaler i CRM indtil { $date }; derefter er tallet denne ændrings, antaget.

## The plan in the slide and the presentation

slide-plan = Planen: { $moves }.
presentation-move = { $month }: { $name }

## The year month by month, exported

months-export = Eksportér…
months-export-hint = Skriver tabellen til en fil: en Excel-projektmappe (.xlsx) med disse overskrifter, eller CSV med kolonner navngivet til scripts
file-dialog-export-month-table = Eksportér året måned for måned
file-dialog-csv = CSV
file-dialog-excel-workbook = Excel-projektmappe
status-wrote-months = Skrev året måned for måned til { $file }

## The plan: sources

design-inspector-source-change-from-a-date-hint = Planlæg en ændring af kilden fra en dato: en kampagne (med en afslutning), en ny kanal der åbner, et mindre budget

## The plan of record

command-freeze-plan-of-record = Frys som vedtaget budget
modals-replace-plan-of-record = Erstat det vedtagne budget?
modals-replace-plan-of-record-text = Det vedtagne budget, der blev frosset { $date }, erstattes af året, som det ser ud nu. Fortryd bringer det tilbage.
modals-replace = Erstat
change-freeze-plan-of-record = Frys det vedtagne budget
status-froze-plan-of-record = Frøs { $months } måneder som vedtaget budget
plot-plan-of-record = Vedtaget budget ({ $date })
validate-record-too-long = det vedtagne budget har flere måneder end ti år
validate-record-not-numbers = det vedtagne budget indeholder en værdi, der ikke er et tal, eller et antal under nul

## The meeting deck (PowerPoint)

export-format-pptx = PowerPoint-præsentation
export-dialog-deck = Dias med figurer, diagrammer og tabeller, der kan redigeres i PowerPoint, og talernoter
deck-dated = { $date } · fra { $start }, { $weeks } uger
deck-title-process = Sådan sælger vi
deck-title-year = Året
deck-title-money = Omsætning og omkostninger
deck-title-plan = Planen
deck-title-months = Måned for måned
deck-title-assumptions = Hvad tallene bygger på
deck-title-levers = Hvor vi kan forbedre
deck-series-band = 10–90 % af kørslerne
deck-series-low = 10 %
deck-series-high = 90 %
deck-series-with-plan = Med planen
deck-series-without-plan = Uden planen
deck-revenue = Omsætning
deck-cost = Omkostninger
deck-column-figure = Tal for
deck-column-value = Værdi
deck-column-basis = Hvor det kommer fra
deck-column-change = Ændring
deck-column-customers = Kunder ved slutningen
deck-column-profit = Resultat ved slutningen
deck-assumed = Antaget
deck-figure-conversion = { $stage }: konvertering
deck-figure-days = { $stage }: dage i trinnet
deck-figure-order-value = { $stage }: ordreværdi
deck-figure-leads = { $source }: nye leads om ugen
deck-more-rows = og { $count } til
deck-notes-title = Præsentationen viser { $name }: { $models }. Tallene gælder { $weeks } uger fra { $date }.
deck-notes-process = Hvordan et lead bliver kunde, i { $stages } trin. Leads kommer ind ved: { $entries }.
deck-notes-bottleneck = Flaskehalsen er { $stage }: medarbejderne kan ikke følge med, og { $waiting } leads venter der ved slutningen.
deck-notes-no-bottleneck = Medarbejderne i hvert trin kan følge med det, der kommer ind.
deck-notes-band = Det skraverede bånd rummer 80 % af de { $runs } simulerede kørsler: året ender lige så gerne under det som over det.
deck-notes-expected = Linjen viser forventede værdier, uden spænd.
deck-notes-money = Omsætning, omkostninger og resultat pr. måned. For hele perioden er omsætningen { $revenue } og omkostningerne { $cost }: et resultat på { $profit }.
deck-notes-plan = { $count ->
    [one] Planens ene tiltag
   *[other] Planens { $count } tiltag, efter dato
}: { $moves }. Med planen { $with } kunder ved slutningen; uden den { $without }.
deck-notes-months = Samme periode måned for måned: vundne kunder, kunder ved månedens udgang, omsætning, omkostninger og resultat.
deck-notes-assumptions = Hvad hvert tal bygger på: { $measured } af { $total } er målt i CRM-data, med deres 90 %-interval; resten er antaget.
deck-notes-levers = Hver række er én ændring i ét trin og hvad den giver ved slutningen. Størst er { $lever }: { $customers } flere kunder.
deck-notes-no-levers = Ingen enkelt ændring i ét trin giver flere kunder eller bedre resultat ved slutningen.
# The first sheet of a chart's embedded workbook, named as the spreadsheet names it.
deck-sheet = Ark1
# A month only partly in the period, with the days of it counted.
deck-partial-month = { $month } ({ $days } d)
export-dialog-export-deck = Eksportér en PowerPoint-præsentation

## The deck: scenarios

deck-title-scenarios = Scenarierne sammenlignet
deck-column-scenario = Scenarie
deck-notes-scenarios = Processens { $count } scenarier side om side, hver simuleret over samme periode. { $best } ender med flest kunder: { $customers }.

# The report (PDF on A4 pages)
export-layout-report = Rapport (A4-sider)
pack-report-page = Side { $page } af { $pages }
pack-report-notes-title = Rapporten viser { $name }: { $models }. Tallene gælder { $weeks } uger fra { $date }.
pack-report-weekly-note = Omsætning og omkostninger pr. uge; tabellen måned for måned nedenfor lægger dem sammen.
pack-report-title-actual = Plan mod realiseret
pack-report-notes-actual = Handler, der går ind i hvert trin pr. uge, som planen forventer dem, og som CRM-systemet registrerede dem, over { $weeks } uger fra { $date }. Gennemsnitlig afvigelse er den gennemsnitlige forskel pr. uge; i Monte Carlo viser sidste kolonne, hvor stor en andel af ugerne der lå inden for planens 10–90 %-bånd (omkring 80 %, når planen holder).
pack-report-column-planned = Planlagt pr. uge
pack-report-column-actual = Registreret pr. uge
pack-report-column-miss = Gennemsnitlig afvigelse
pack-report-column-inside = Uger inden for båndet
export-dialog-export-report = Eksportér en rapport
export-dialog-report = A4-sider at sende før mødet: processen, året, omsætning og omkostninger, planen, månederne, hvad tallene bygger på, og hvor der kan forbedres. Forhåndsvisningen viser første side.

# The flow in motion (GIF, animated PNG)
export-format-gif = GIF-animation
export-format-apng = Animeret PNG
export-dialog-export-motion = Eksportér flowet i bevægelse
export-dialog-seconds = Længde
export-dialog-fps = Billeder pr. sekund
export-dialog-motion = Leads, der flyder gennem året på { $seconds } s, i løkke, { $width } × { $height } pixels. Forhåndsvisningen viser midten af året.
motion-week = Uge { $week } · { $month }

# The monthly review
review-column-month = Måned
review-column-figure = Tal
review-column-planned = Planlagt
review-column-actual = Realiseret
review-column-difference = Forskel
review-column-band = Bånd (10–90 %)
review-column-inside = Inden for båndet
review-figure-entering = { $stage }, ind
review-figure-won = Vundne
review-figure-won-value = Vundet værdi
review-inside = inden for
review-outside = uden for
review-against-record = Mod den vedtagne plan fra { $frozen }, fra { $from } til { $to }.
review-against-design = Mod designet, som det er (det har ingen vedtagen plan), fra { $from } til { $to }.
review-not-in-export = Findes ikke i eksporten og gennemgås derfor ikke: { $stages }.
review-band-note = Båndet er det 10–90 %-interval, som tilfældet alene spreder et antal omkring planen; { $inside } af { $total } månedstal ligger inden for det.
review-differs-conversion = Begynder at afvige ved { $stage }: konvertering { $realised } mod { $planned } i planen, fra { $month } ({ $deals } afgjorte handler).
review-differs-days = Begynder at afvige ved { $stage }: { $realised } dage i trinnet mod { $planned } i planen, fra { $month } ({ $deals } handler forlod det).
review-differs-nowhere = Intet trin afviger fra planen mere, end tilfældet tillader.
command-review-against-crm = Gennemgå mod en CRM-eksport…
crm-dialog-title-review = Gennemgå planen mod en CRM-eksport
crm-dialog-close = Luk
review-error-ends-before = Eksporten slutter { $end }, før planen begynder { $start }: vælg en nyere eksport.
review-error-starts-after = Eksporten begynder { $start }, efter planens sidste dag, { $end }.
review-error-nothing-matched = Ingen af planens trin findes i eksporten (den har: { $stages }). Par dem nedenfor.
review-error-no-deals = Eksporten har ingen handler med datoer at tælle.
crm-dialog-what-was-read = Hvad eksporten indeholder
review-reforecast = Hvis intet ændres, slutter året med { $year } vundne handler pr. { $until } ({ $so_far } indtil nu og { $ahead } fremover; 10–90 %: { $low }–{ $high }), mod { $planned } i planen: { $gap }{ $target }.
review-reforecast-remeasured = Ny prognose fra { $date }: de handler, der da var åbne, som startpunkt, hvert matchet tal målt igen fra eksporten frem til den dag.
review-reforecast-kept = Ny prognose fra { $date }: de handler, der da var åbne, som startpunkt, planens egne tal bevaret.
review-keep-figures = Bevar planens tal (kun de åbne handler fra eksporten)
review-chart-plan = Plan
review-chart-actual = Vundet indtil nu
review-chart-reforecast = Ny prognose
review-chart-band = Ny prognose, 10–90 %
review-chart-title = Vundne handler siden planens første dag

# Targets
headline-short-of-target = Måneder under målet
headline-months-of = { $short } af { $months }
validate-targets-too-many = målene dækker flere måneder end ti år
validate-targets-not-numbers = et mål er ikke et tal, er under nul eller for stort, eller er ikke sat på en måneds første dag
months-target-customers = Mål: nye kunder
months-target-revenue = Mål: omsætning
months-targets = Mål
months-yearly-target = Et tal for perioden
months-spread-evenly = Fordel jævnt
months-spread-like-plan = Fordel som planen
months-clear-targets = Ryd
months-targets-hint = Skriv en måneds mål i dens række; en måned, hvor planen ikke når målet, markeres. Et tal for hele perioden kan fordeles over månederne, jævnt eller efter planens egen form.
months-short = under
plot-target = Mål (pr. uge, i sin måned)
change-targets = Ændr mål
review-reforecast-target = , og { $target } i målene: { $gap }
review-slide-title = { $name }: planen mod { $month }
review-copy-slide = Kopiér som slide
review-copy-slide-hint = Lægger gennemgangen i udklipsholderen som en slide i 16:9 (PNG) til mødets præsentation
goal-dialog-aim-at-targets = Sigt efter omsætningsmålene til og med
goal-dialog-pick-month = en måned…
modals-keep-earlier-plan = Bevar den tidligere og erstat
modals-keep-earlier-plan-hint = Den tidligere plan bliver i designet under sin dato og tegnes svagere ved siden af den nye
earlier-plan-name = Plan fra { $date }
validate-too-many-kept-plans = designet har mere end 24 tidligere planer
months-over-period = over hele perioden
months-over-quarter = over { $quarter }. kvt. { $year }
review-reforecast-remeasured-but = Ny prognose fra { $date }: de handler, der da var åbne, som startpunkt, de matchede tal målt igen fra eksporten frem til den dag undtagen { $kept ->
    [one] ét, der bevares som i planen
   *[other] { $kept }, der bevares som i planen
}.
review-figures-measured = Tal, som den nye prognose måler igen (fjern fluebenet for at bevare planens)
goal-dialog-won = Vundne kunder
goal-won-value = { $customers } vundne kunder
goal-dialog-aim-at-customer-targets = Sigt efter målene for nye kunder til og med
review-figure-won-target = Vundne mod målet

# A design file that does not read, at a place in it; the problem as worded by the reader.
load-syntax = { $place }: { $problem }
load-parser-says = { $text }
import-skipped-first = række { $row }: { $reason }

# What a screen reader says of a flow and of a stage's sources on the canvas.
canvas-flow-label = Flow { $from } → { $to }
canvas-flow-description = { $share } af dem, der går videre fra { $from }
canvas-stage-sources = fødes af { $sources }

## Lærredet med tastaturet
command-rename = Omdøb trin
command-draw-flow = Tegn et flow fra det valgte trin
canvas-source-label = Kilde { $name }
canvas-source-description = { $channel }: { $leads } leads om ugen til { $stage }, koster { $cost } om ugen{ $seasonal ->
        [yes] , sæsonpræget
       *[no] {""}
    }
status-drawing-flow = Tegner et flow fra { $from }: vælg trinnet, det går til, med piletasterne eller Tab; Esc afbryder
status-drawing-flow-to = Flow { $from } → { $to }: Enter tegner det, Esc afbryder
wizard-buying-cycle = Hvor lang tid købet tager
about-licence = Fri software under MIT-licensen.
about-fonts = Skrifttyper i vinduet og i eksporter
about-crates = Bygget med { $count_shown } crates med åben kildekode
about-crates-list = Crates og deres licenser
about-licence-texts = Licensernes fulde tekster installeres med Leadflow (på Linux i /usr/share/doc/leadflow) og ligger i kildekoden under assets/licences.
menu-text-size = Tekststørrelse
command-next-pane = Næste panel
command-previous-pane = Forrige panel
pane-inspector = Inspektør
pane-palette = Palet
calibrate-folded = Ikke matchet: { $stages }. Dens handler tælles med { $stage }: konverteringen { $own } alene bliver { $folded } til næste matchede trin, og dagene tælles indtil da.
calibrate-entry-folded = { $source }: handlerne kommer ind i { $entry }, som ikke er matchet; de { $share }, der når { $stage }, bliver kildens leads der.
calibrate-preview-heading = Designet som kalibreret, genspillet over eksportens uger (handler om ugen)
calibrate-preview-row = { $stage }: { $actual } i eksporten, { $planned } planlagt ({ $off })
calibrate-preview-won = Vundne handler
provenance-not-borne-out = Antaget: målt { $measured } ({ $interval }), men designet som kalibreret planlagde { $planned } om ugen ind i { $stage }, hvor eksporten registrerede { $recorded }
provenance-not-borne-out-won = Antaget: målt { $measured } ({ $interval }), men designet som kalibreret planlagde { $planned } vundne handler om ugen, hvor eksporten registrerede { $recorded }
evidence-name-too-long = trinnet, der nævnes, hvor genspilningen ramte ved siden af, er længere end { $max } tegn
crm-field-pipeline = Pipeline
crm-field-closed = Lukket (lukkedato)
crm-field-won-time = Tidspunkt for vundet
crm-field-lost-time = Tidspunkt for tabt
calibrate-wrote = skrev { $path } ({ $figures } målte tal, { $not_borne_out } af dem bekræftes ikke af genspilningen)
cli-wrote-design = skrev { $path } (trin: { $stages }, kilder: { $sources })
cli-wrote-file = skrev { $path } ({ $bytes } byte)
cli-wrote-named = skrev { $path } ({ $name })
cli-wrote-recommended = skrev { $path } (salgsmodel: { $model })
evidence-replay-not-a-count = det, genspilningen planlagde, og det, eksporten registrerede, skal være endelige tal på mindst 0
runaway-loop = Leads vokser uden grænse: sløjfen { $round } giver { $gain } leads tilbage for hvert lead, der går rundt
runaway-loop-customers-stay = Leads vokser uden grænse: i sløjfen { $round } forlader kunderne aldrig virksomheden, så de bliver ved med at anbefale leads, så længe simuleringen kører
wizard-does-not-pay = Med { $order } pr. ordre tjener dette design { $revenue } mod { $cost } i omkostninger i perioden; det betaler sig fra omkring { $break_even } pr. ordre.
suffix-person = {" "}person
calibrate-preview-row-band = { $stage }: { $actual } i eksporten, { $planned } planlagt ({ $off }); { $inside } af ugerne inden for genspilningens 10–90 %-bånd
calibrate-preview-holds-band = Det gengiver det, eksporten registrerede, i hvert matchet trin og i vundne handler: inden for { $tolerance } pr. uge, med mindst { $coverage } af ugerne inden for genspilningens 10–90 %-bånd (et rigtigt design lægger 80 % der).
calibrate-preview-fails-band = Det gengiver ikke eksporten i { $stages } (mere end { $tolerance } forkert pr. uge, eller færre end { $coverage } af ugerne inden for genspilningens 10–90 %-bånd, hvor et rigtigt design lægger 80 %): tallene, der fører dertil, er hver for sig målt, men giver tilsammen ikke det, der skete, så de beholdes som antagne, med begrundelsen. Match flere trin, eller tjek matchningerne, og kalibrér igen.
import-shared-strings-too-large = dens delte strenge (cellernes tekst) pakkes ud til mere end { $max } MB, mere end Leadflow læser; gem arket som CSV, og importér den
cli-progress = Monte Carlo: { $done } af { $total } kørsler
cli-progress-left = Monte Carlo: { $done } af { $total } kørsler, omkring { $left } tilbage
cli-stopped = Stoppet med Ctrl+C: intet blev skrevet
status-monte-carlo = Monte Carlo { $percent }
status-monte-carlo-left = Monte Carlo { $percent }, omkring { $left } tilbage
status-stop = Stop
status-stop-hint = Stop Monte Carlo-kørslerne; de forventede værdier bliver vist
status-monte-carlo-stopped = Monte Carlo stoppet: forventede værdier vises
cli-simulation-failed = Simuleringen mislykkedes; intet blev skrevet
