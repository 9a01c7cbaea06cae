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
command-toggle-theme = Mørkt tema
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
welcome-open-detail = En .ron-fil eller et billede eksporteret fra Leadflow.
welcome-look = Se dig omkring i eksemplet
welcome-look-detail = Alt findes også i menuerne.

## Nøgletal (editor, præsentation, slides)

headline-customers-by = Kunder pr. { $date }
headline-revenue = Omsætning
headline-from-existing = Fra eksisterende kunder
headline-cost = Omkostninger
headline-acquisition-cost = Kundeanskaffelsesomkostning
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
