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

## Datoer

week-caption = Uge { $week } · { $date }
