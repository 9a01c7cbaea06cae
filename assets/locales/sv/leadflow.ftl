# Leadflow på svenska. Samma meddelanden och platshållare som på engelska.

## Menyer och kommandon

menu-file = Arkiv
menu-edit = Redigera
menu-view = Visa
menu-design = Design
menu-help = Hjälp
menu-language = Språk

command-new = Ny från mall…
command-new-from-questions = Ny utifrån frågor…
command-new-from-crm = Ny från CRM-export…
command-open = Öppna…
command-save = Spara
command-save-as = Spara som…
command-export-image = Exportera bild…
command-copy-as-image = Kopiera som bild
command-quit = Avsluta
command-undo = Ångra
command-redo = Gör om
command-cut = Klipp ut
command-copy = Kopiera
command-paste = Klistra in
command-duplicate = Duplicera
command-delete = Ta bort
command-select-all = Markera allt
command-zoom-to-fit = Zooma till allt
command-zoom-in = Zooma in
command-zoom-out = Zooma ut
command-toggle-grid = Rutnät
command-toggle-snap = Fäst mot rutnät
command-toggle-theme = Mörkt tema
command-present = Presentera
command-command-palette = Sök kommando…
command-arrange-funnel = Ordna som säljtratt
command-arrange-flywheel = Ordna som svänghjul
command-goal-seek = Målsökning…
command-calibrate-from-crm = Kalibrera från CRM-export…
command-show-shortcuts = Kortkommandon…
command-about = Om Leadflow…

## Statusrad

status-not-saved = Inte sparad än
status-unsaved = { $location } • osparade ändringar
status-findings = { $errors ->
        [one] { $errors_shown } fel
       *[other] { $errors_shown } fel
    }, { $warnings ->
        [one] { $warnings_shown } varning
       *[other] { $warnings_shown } varningar
    }
status-findings-hint = Visa vad som hittats; klicka på en rad för att markera det den gäller
status-simulating = simulerar…
status-simulated = simulerad på { $milliseconds } ms

## Första start

welcome-title = Välkommen till Leadflow
welcome-text = Designa hur ert företag säljer och se vilket leadsflöde det ger. Fönstret visar exemplet säljsilo; var vill du börja?
welcome-questions = Svara på fyra frågor
welcome-questions-detail = Leadflow föreslår en säljmodell och bygger en första design utifrån dina svar.
welcome-template = Välj en startdesign
welcome-template-detail = Klassisk säljtratt, inbound, outbound, account-based, svänghjulet med flera.
welcome-crm = Importera en CRM-export
welcome-crm-detail = Mät er pipeline från HubSpot, Pipedrive, Salesforce eller en händelselogg.
welcome-open = Öppna en design
welcome-open-detail = En .ron-fil, eller en bild exporterad från Leadflow.
welcome-look = Titta runt i exemplet
welcome-look-detail = Allt finns också i menyerna.

## Nyckeltal (redigerare, presentation, bilder)

headline-customers-by = Kunder per { $date }
headline-revenue = Intäkter
headline-from-existing = Från befintliga kunder
headline-cost = Kostnad
headline-acquisition-cost = Kundanskaffningskostnad
headline-payback = Återbetalning
headline-payback-none = inte inom horisonten
headline-bottleneck = Flaskhals
headline-bottleneck-none = ingen

## Bild

slide-made-with = Gjord med Leadflow
slide-active-customers = Aktiva kunder
slide-band-note = median, med 10–90 % av körningarna
slide-expected-values = förväntade värden
slide-source = { $name } { $leads }/v.{ $season }
slide-no-sources = inga leadskällor
slide-sources = Källor: { $sources }
slide-monte-carlo = Monte Carlo, { $runs } körningar, frö { $seed }
slide-assumptions = { $sources }. { $starting } Från { $date }, { $weeks } veckor, { $mode }.{ $measured }
slide-starts-empty = Börjar tomt.
slide-starts-with = Börjar med { $parts }.
slide-start-customers = { $count ->
        [one] { $shown } kund
       *[other] { $shown } kunder
    }
slide-start-open-leads = { $count ->
        [one] { $shown } öppet lead
       *[other] { $shown } öppna leads
    }
slide-start-in-nurture = { $shown } i nurture

## Datum

week-caption = Vecka { $week } · { $date }
