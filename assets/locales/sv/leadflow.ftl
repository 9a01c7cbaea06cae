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

## Stegtyper, källor, verktyg, modeller och paletten

stage-kind-funnel-step = Trattsteg
stage-kind-flywheel-segment = Svänghjulssegment
stage-kind-nurture-pool = Nurture-pool
stage-kind-customer = Kund
stage-kind-brand-reach = Varumärkesräckvidd
stage-kind-lost = Förlorad
channel-ads = Annonser
channel-seo-content = SEO/innehåll
channel-social = Sociala medier
channel-events = Event
channel-cold-list = Kall lista
channel-partner = Partner
channel-referral = Rekommendation
channel-other = Övrigt
tool-category-crm = CRM
tool-category-marketing-automation = Marknadsautomation
tool-category-email = E-post
tool-category-ads-platform = Annonsplattform
tool-category-webshop = Webbshop
tool-category-social-media = Sociala medier
tool-category-video = Video
tool-category-meeting-booking = Mötesbokning
tool-category-e-procurement = E-upphandling
tool-category-other = Övrigt
transaction-model-digital-branding = Digital branding
transaction-model-e-commerce = E-commerce
transaction-model-relationship = Relationsmodell
transaction-model-other = Annan (köpar- eller marknadscentrerad)
shape-funnel = Säljtratt
shape-flywheel = Svänghjul
shape-silo = Säljsilo
sales-model-inbound = Inbound
sales-model-outbound = Outbound
sales-model-account-based = Account-based
sales-model-relationship-based = Relationsbaserad
sales-model-team-selling = Teamförsäljning
sales-model-high-volume-low-touch = Hög volym, låg kontakt
sales-model-channel = Kanalförsäljning
models-line-sales = Säljmodell: { $model }
new-stage-funnel-step = Nytt steg
new-stage-flywheel-segment = Nytt segment
new-stage-nurture-pool = Nurture-pool
new-stage-customer = Kunder
new-stage-brand-reach = Varumärkesräckvidd
new-stage-lost = Förlorade
palette-stages = Steg
palette-stages-hint = Dra till ritytan
palette-stage-tooltip = Dra till ritytan för att lägga till ett steg
palette-sources = Källor
palette-sources-hint = Dra till steget där leads kommer in
palette-source-tooltip = Dra till ett steg för att lägga till en källa till leads som kommer in där
palette-roles = Roller
palette-roles-hint = Dra till ett steg för att bemanna det
palette-role-tooltip = { $leads } leads per person och vecka · { $cost } i månaden
palette-tools = Verktyg
palette-tools-hint = Dra till ett steg
palette-tool-tooltip = { $category } · { $cost } i månaden

## Datum

week-caption = Vecka { $week } · { $date }

## Designinspektör

design-inspector-name = Namn
design-inspector-sales-model = Säljmodell
design-inspector-shape = Form
design-inspector-currency = Valuta
design-inspector-horizon = Horisont
design-inspector-mode = Läge
design-inspector-runs = Körningar
design-inspector-seed = Frö
design-inspector-channel = Kanal
design-inspector-leads-per-week = Leads per vecka
design-inspector-cost-per-week = Kostnad per vecka
design-inspector-growth-per-month = Tillväxt per månad
design-inspector-enters-at = Kommer in i
design-inspector-design = Design
design-inspector-notes = Anteckningar
design-inspector-lead-sources = Leadskällor
design-inspector-remove-source = Ta bort källa
design-inspector-add-source = Lägg till källa
design-inspector-transaction-models = Transaktionsmodeller
design-inspector-simulation = Simulering
design-inspector-season = Säsong
design-inspector-starts-on = Startar
design-inspector-start-on-the-monday-of = Starta på måndagen i innevarande vecka
design-inspector-when-to-choose-this-design = När du ska välja den här designen
design-inspector-yyyy-mm-dd = ÅÅÅÅ-MM-DD
design-inspector-not-a-date = inget giltigt datum
design-inspector-expected-values = Förväntade värden
design-inspector-monte-carlo = Monte Carlo
design-inspector-source-heading = { $name } · { $leads }/v.{ $seasonal ->
        [yes] {" "}· säsongsvarierande
       *[no] {""}
    }
design-inspector-new-source = Ny källa
design-inspector-weeks-suffix = {" "}veckor
design-inspector-missing-stage = { $stage } (saknas)
design-inspector-this-week = Denna vecka

## Steginspektör, fält och säsong

stage-inspector-name = Namn
stage-inspector-conversion = Konvertering
stage-inspector-days-in-stage = Dagar i steget
stage-inspector-drop-outs-go-to = Avhopp går till
stage-inspector-in-this-stage-today = I steget i dag
stage-inspector-of-them-waiting = Varav väntande
stage-inspector-notes = Anteckningar
stage-inspector-roles = Roller
stage-inspector-tools = Verktyg
stage-inspector-what-the-stage-holds-on = Det som finns i steget på designens startdatum; simuleringen börjar här
stage-inspector-done-with-the-stage-but = Klara med steget men väntar på en ledig person (kön)
stage-inspector-notes-for-the-meeting = Anteckningar inför mötet
stage-inspector-add-role = Lägg till roll…
stage-inspector-lost = Förlorade
kind-fields-warm-up-per-week = Uppvärmning per vecka
kind-fields-warmed-leads-go-to = Uppvärmda leads går till
kind-fields-unsubscribe-per-week = Avregistreringar per vecka
kind-fields-order-value = Ordervärde
kind-fields-repeat-purchases-per-year = Återköp per år
kind-fields-referrals-per-customer-per-year = Rekommendationer per kund och år
kind-fields-referred-leads-go-to = Rekommenderade leads går till
kind-fields-churn-per-year = Kundtapp per år
kind-fields-share-becoming-organic-leads = Andel som blir organiska leads
kind-fields-delay = Fördröjning
kind-fields-organic-leads-go-to = Organiska leads går till
kind-fields-not-modelled = Modelleras inte
season-flat = Jämn
inspector-share-of-converters = Andel av de konverterade
inspector-drag-to-move-them-together = Dra för att flytta dem tillsammans; Delete tar bort dem; Ctrl+D duplicerar.
inspector-flow = Flöde
inspector-delete-flow = Ta bort flöde
suffix-days = {" "}d
suffix-people = {" "}personer
suffix-customers = {" "}kunder
suffix-addresses = {" "}adresser
suffix-leads = {" "}leads
stage-inspector-order-value-prefix = Ordervärde:{" "}
stage-inspector-busy = Beläggning { $percent }
stage-inspector-remove-role = Ta bort { $name }
season-factor-for = Säsongsfaktor för { $month }
season-average = snitt ×{ $average } · dra i en månads stapel
inspector-stages-selected = { $count ->
        [one] { $shown } steg markerat
       *[other] { $shown } steg markerade
    }

## Ritytan

count-thousands = { $value } tn
stage-figures-customers = { $customers } kunder · +{ $won }/v.
stage-figures-lost = { $lost } förlorade
stage-figures-working = { $leads } i steget · { $onward }/v. vidare
stage-tag-bottleneck = Flaskhals · { $waiting } väntar
stage-tag-error = fel
stage-tag-changed = ändrad
stage-tag-measured = uppmätt
stage-tag-partly-measured = delvis uppmätt
stage-tag-today = { $count } i dag
stage-parameters-working = { $conversion } vidare · { $days } d
stage-parameters-pool = värmer { $warm_up }/v. · avreg. { $unsubscribe }
stage-parameters-customers = { $order_value } per order
stage-parameters-reach = { $organic } blir organiska
