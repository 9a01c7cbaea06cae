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
command-toggle-minimap = Översiktskarta
command-toggle-theme = Mörkt tema
command-toggle-own-file-dialog = Leadflows egen fildialog
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
status-exported = { $format } sparad i { $file }
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
welcome-open-detail = En .ron-fil, eller en bild eller presentation exporterad från Leadflow.
welcome-look = Titta runt i exemplet
welcome-look-detail = Allt finns också i menyerna.

## Nyckeltal (redigerare, presentation, bilder)

headline-customers-by = Kunder per { $date }
headline-revenue = Intäkter
headline-from-existing = Från befintliga kunder
headline-cost = Kostnad
headline-acquisition-cost = Kundanskaffningskostnad
headline-no-costs = inga kostnader angivna
headline-payback = Återbetalning
headline-payback-none = inte inom horisonten
headline-bottleneck = Flaskhals
headline-bottleneck-none = ingen

## Bild

slide-made-with = Gjord med Leadflow
slide-active-customers = Aktiva kunder
slide-band-note = median, med 10–90 % av körningarna
slide-expected-values = förväntade värden
slide-source = { $name } { $leads }/vecka{ $season }
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
design-inspector-funnel-widths = Trattens bredd
design-inspector-funnel-widths-hint = Tratten smalnar av med de leads varje steg tar emot och skickar vidare; eller alla steg lika breda.
funnel-widths-follow-leads = Följer antalet leads
funnel-widths-equal = Lika breda
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
stage-figures-working-short = { $leads } i steget
stage-figures-customers-short = { $customers } kunder
stage-tag-waiting = { $waiting } väntar
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

## Värdenas ursprung

provenance-days = { $days } d
provenance-per-week = { $leads }/v.
provenance-measured = Uppmätt från { $what ->
        [new-deals] { $count ->
            [one] { $shown } ny affär
           *[other] { $shown } nya affärer
        }
        [stays] { $count ->
            [one] { $shown } vistelse i steget
           *[other] { $shown } vistelser i steget
        }
       *[deals] { $count ->
            [one] { $shown } affär
           *[other] { $shown } affärer
        }
    }, { $period } · 90 %: { $interval }{ $thin ->
        [yes] {" "}· tunt underlag
       *[no] {""}
    }
provenance-assumed = Antaget: inskrivet i stället för uppmätt { $measured } ({ $interval })
provenance-part-conversions = konvertering i { $count ->
        [one] { $shown } steg
       *[other] { $shown } steg
    }
provenance-part-days = dagar i steget för { $shown } steg
provenance-part-sources = leads per vecka för { $count ->
        [one] { $shown } källa
       *[other] { $shown } källor
    }
provenance-part-order-value = ordervärde
provenance-note = Uppmätt från CRM-data ({ $deals } affärer, { $period }): { $parts }; resten är antaget.

## Diagram, hävstänger, scenarier, plan mot utfall och presentation

plot-leads-grow-without-bound-the = Antalet leads växer utan gräns: slingan tillför mer än den tappar
plot-leads-per-stage = Leads per steg
plot-in-nurture = I nurture
plot-customers = Kunder
plot-revenue-and-cost = Intäkter och kostnader
plot-where-to-improve = Förbättringspotential
plot-compare-scenarios = Jämför scenarier
plot-plan-against-actual = Plan mot utfall
levers-no-stage-has-a-conversion = Inget steg har en konvertering, en tid i steget eller en roll att ändra.
levers-what-does-it-take-to = Vad krävs för att vinna N kunder (eller intäkter R) till vecka W?
levers-updating = uppdaterar…
scenarios-scenarios = Scenarier
scenarios-switch-to = Byt till
scenarios-remove = Ta bort
scenarios-keeps-this-version-and-goes = Behåller den här versionen och fortsätter redigera en kopia med det här namnet
scenarios-e-g-with-silo = t.ex. Med säljsilo
scenarios-being-edited = redigeras
scenarios-the-canvas-marks-what-differs = Ritytan markerar det som skiljer sig från
presentation-step-p-play-esc-leave = ← → stega · P spela upp · Esc avsluta
presentation-what-if = Tänk om…
presentation-reset = Återställ
presentation-keep-changes-in-the-design = Behåll ändringarna i designen
presentation-play-key = P
presentation-overview = Översikt
presentation-stage-of = Steg { $step } av { $stages }
presentation-pause = Pausa
presentation-play = Spela upp
presentation-customers = Kunder
presentation-leads-in-stage = Leads i steget
presentation-moving-on = Går vidare per vecka
presentation-waiting = Väntar på en ledig person
presentation-conversion = Konvertering
presentation-time-in-stage = Tid i steget
presentation-days = { $count ->
        [one] { $shown } dag
       *[other] { $shown } dagar
    }
presentation-people = Personer
presentation-tools = Verktyg
presentation-conversion-at = Konvertering i { $stage }
presentation-headcount-at = Antal { $role } i { $stage }
presentation-effect = Kunder per { $date }: { $before }
presentation-effect-changed = Kunder per { $date }: { $before } → { $after } ({ $change })
plot-band-note = median av { $runs } körningar, 10–90 %-band
plot-active-customers = Aktiva kunder
plot-new-customers-per-week = Nya kunder per vecka
plot-revenue-cumulative = Intäkter (ackumulerat)
plot-existing-cumulative = Från befintliga kunder (ackumulerat)
plot-cost-cumulative = Kostnad (ackumulerat)
plot-profit-cumulative = Vinst (ackumulerat)
plot-week-text = { $date } · ISO-vecka { $iso_week } · vecka { $week } i planen
levers-band = {" "}({ $low } till { $high })
levers-bar = { $customers }{ $band } kunder · { $profit } vinst
levers-bar-hint = { $lever } i { $stage }: { $customers }{ $band } kunder och { $profit } vinst vid horisonten. Klicka för att markera steget.
levers-method-monte-carlo = medelvärde av { $runs } Monte Carlo-körningar, strecken visar 10–90 %
levers-header = Varje ändring för sig, jämfört med designen som den är: kunder och vinst per { $date } ({ $method })
scenarios-save-as-new = Spara som nytt scenario
scenarios-active-customers = { $scenario }: aktiva kunder
plan-actual-note = Affärer som går in i varje steg per vecka: planen simulerad från { $date } (linjer) mot CRM (punkter). `leadflow backtest` mäter hur väl de stämmer överens.
plan-actual-recorded = { $series } enligt CRM
plan-actual-won = Vunna

## Dialoger, steg och erbjudanden

modals-save-changes = Spara ändringarna?
modals-save = Spara
modals-don-t-save = Spara inte
modals-cancel = Avbryt
modals-new-design-from-a-template = Ny design från mall
modals-the-file-changed-on-disk = Filen har ändrats på disken
modals-save-as = Spara som…
modals-overwrite = Skriv över
modals-something-went-wrong = Något gick fel
modals-ok = OK
modals-keyboard-shortcuts = Kortkommandon
modals-close = Stäng
modals-leadflow = Leadflow
modals-design-how-your-company-sells = Designa hur ert företag säljer och se vilket leadsflöde det ger.
modals-add-the-stages-this-model = Vill du lägga till de steg som den här modellen behöver?
modals-add-stages = Lägg till steg
modals-not-now = Inte nu
modals-recover-unsaved-work = Återställa osparat arbete?
modals-restore = Återställ
modals-discard = Släng
modals-discard-your-changes-and-open = Släng dina ändringar och öppna filen som den ser ut nu
modals-your-design-is-unchanged = Din design är oförändrad.
modals-they-are-placed-to-the = De placeras till höger; koppla in dem där de hör hemma.
export-dialog-export-image = Exportera bild
export-dialog-export = Exportera…
export-dialog-copy-as-image = Kopiera som bild
export-dialog-cancel = Avbryt
export-dialog-format = Format
export-dialog-show = Visa
export-dialog-scale = Skala
export-dialog-theme = Tema
export-dialog-background = Bakgrund
export-dialog-transparent = Transparent
export-dialog-light = Ljus
export-dialog-dark = Mörk
goal-dialog-goal-seek = Målsökning
goal-dialog-close = Stäng
goal-dialog-simulating = Simulerar…
goal-dialog-reach = Nå
goal-dialog-by-week = Senast vecka
goal-dialog-solve-for = Ändra
goal-dialog-of-stage = I steget
goal-dialog-confidence = Säkerhet
goal-dialog-reach-it-in = Nå målet i
goal-dialog-of-monte-carlo-runs = av Monte Carlo-körningarna
goal-dialog-apply-to-design = Använd i designen
goal-dialog-enter = Enter
goal-dialog-how-many-active-customers-or = Antal aktiva kunder eller intjänade intäkter
goal-dialog-changes-the-design-to-the = Ändrar designen enligt svaret; Ångra tar tillbaka det
goal-dialog-what-does-it-take-to = Vad krävs för att nå ett mål till en viss vecka?
goal-dialog-the-design-changed-since-the = Designen har ändrats sedan det senaste svaret: beräkna igen.
goal-dialog-the-goal-changed-since-the = Målet har ändrats sedan det senaste svaret: beräkna igen.
goal-dialog-solve = Beräkna
wizard-dialog-new-design-from-four-questions = Ny design utifrån fyra frågor
wizard-dialog-create-design = Skapa design
wizard-dialog-cancel = Avbryt
wizard-dialog-name = Namn
crm-dialog-cancel = Avbryt
crm-dialog-export-file = Exportfil
crm-dialog-browse = Bläddra…
crm-dialog-pipeline = Pipeline
crm-dialog-count-open-deals-on = Räkna öppna affärer per
crm-dialog-dates-like-03-04-2026 = Datum som 03/04/2026
crm-dialog-nothing-match-at-least-one = Inget: matcha minst ett steg.
crm-dialog-path-to-deals-csv = /sökväg/till/affärer.csv
crm-dialog-when-the-export-holds-several = när exporten innehåller flera
crm-dialog-the-export-s-last-date = exportens sista datum
crm-dialog-name-the-columns-leadflow-does = Ange de kolumner som Leadflow inte känner igen och välj sedan Läs in igen.
crm-dialog-match-the-export-s-stages = Matcha exportens steg mot den här designens
crm-dialog-what-changes-today-measured-90 = Vad som ändras (i dag → uppmätt, 90 %-intervall)
crm-dialog-read = Läs in
crm-dialog-columns-of-an-event-log = Kolumner (en händelselogg, eller en export på ett annat språk)
crm-dialog-recognised = Igenkända
crm-dialog-not-matched = Inte matchade
command-palette-type-to-search-save-goal = skriv för att söka: spara, mål, kvalificera…
command-palette-find-a-command-or-a = Sök ett kommando eller ett steg
command-palette-nothing-matches = Inget matchar.
chrome-no-recent-files = Inga senaste filer
chrome-nothing-to-report-the-design = Inget att anmärka på: designen är komplett.
chrome-findings = Anmärkningar
modals-unsaved-text = ”{ $name }” har ändringar som inte är sparade. De går förlorade om du fortsätter utan att spara.
modals-changed-on-disk-text = { $file } har ändrats av ett annat fönster eller program sedan du öppnade den. Om du sparar nu ersätts de ändringarna med dina.
modals-reload = Läs in igen
modals-shortcut-or = {"  "}eller{"  "}
shortcut-nudge = Flytta markeringen stegvis
shortcut-nudge-keys = Piltangenter (Skift: 1 enhet)
shortcut-pan = Panorera
shortcut-pan-keys = Blanksteg + dra, dra med mittenknappen eller scrolla
shortcut-zoom = Zooma
shortcut-zoom-keys = Ctrl + scrolla
shortcut-rename = Byt namn på ett steg
shortcut-rename-keys = Dubbelklicka på det
shortcut-add-flow = Lägg till ett flöde
shortcut-add-flow-keys = Dra från ett stegs +-handtag
shortcut-cancel-drag = Avbryt en dragning
shortcut-cancel-drag-keys = Esc
modals-version = Version { $version }
modals-recover-not-saved = en design som inte har sparats än
modals-recover-text = Leadflow stängdes med osparade ändringar i ”{ $name }” ({ $file }). Vill du återställa dem? De finns kvar i återställningsfilen tills du sparar dem.
step-prospect = Prospektera
step-make-contact = Ta kontakt
step-qualify = Kvalificera
step-research = Analysera
step-present = Presentera
step-close = Avsluta
step-first-check-in = Första uppföljning
step-upsell = Merförsäljning
step-identify-target-account = Identifiera målkonto
step-build-stakeholder-list = Bygg intressentlista
step-compile-initial-strategy = Ta fram en första strategi
step-landing-page = Landningssida
stage-name-capture = Fånga upp
offer-inbound = Inbound: leads kommer till er, och processen börjar när inbound-säljarna kvalificerar dem.
offer-outbound = Outbound: säljarna tar första kontakten utifrån listor med personer som passar köparprofilen.
offer-relationship-based = Relationsbaserad: det mesta av intäkterna kommer från befintliga kunder, så processen får inte sluta vid Avsluta.
offer-team-selling = Teamförsäljning: efter Kvalificera kartlägger en affärsanalytiker, en marknadskoordinator och säljaren kunden innan account executive presenterar.
offer-account-based = Account-based: noga utvalda målkonton, alla intressenter nås och research görs före första samtalet.
offer-relationship-model = Relationsmodellen håller kvar personer med låg köpavsikt i en nurture-pool och kommunicerar med dem över tid.
offer-digital-branding = Digital branding når människor utan att fånga upp dem; i bästa fall kommer en liten, fördröjd andel tillbaka som organiska leads.
offer-e-commerce = E-commerce leder från en annons eller artikel till en sida där konverteringen sker.

## Startdesigner (namn, anteckningar, steg och källor som de skapas)

template-account-based-name = Account-based selling
template-account-based-notes = Välj account-based selling när ett fåtal stora kunder är avgörande och många personer hos var och en påverkar beslutet. Precision i stället för kalla listor, varje intressent nås och ingen standardpitch: research görs före första samtalet.
template-account-based-stage-build-stakeholder-list = Bygg intressentlista
template-account-based-stage-close = Avsluta
template-account-based-stage-compile-initial-strategy = Ta fram en första strategi
template-account-based-stage-customers = Kunder
template-account-based-stage-identify-target-account = Identifiera målkonto
template-account-based-stage-make-contact = Ta kontakt
template-account-based-stage-make-contact-notes = Personlig kontakt med de första intressenterna.
template-account-based-stage-present = Presentera
template-account-based-source-target-accounts = Målkonton utifrån den ideala kundprofilen
template-account-based-title = Account-based selling
template-account-based-subtitle = Få konton, alla intressenter, ingen standardpitch
template-classic-funnel-name = Klassisk säljtratt
template-classic-funnel-notes = Välj den klassiska säljtratten när de flesta köpare hittar er via kampanjer och sök och köper inom några veckor. Varje steg smalnar av målgruppen: Medvetenhet (kampanjer, sök, videor, bloggar), Övervägande (nyhetsbrev, e-böcker, kundcase), Konvertering (kundomdömen, ett kampanjerbjudande). Där intresset faller bort är det steget ni ska förbättra.
template-classic-funnel-stage-awareness = Medvetenhet
template-classic-funnel-stage-awareness-notes = Kampanjer i sociala medier, sökmarknadsföring, videor och bloggar.
template-classic-funnel-stage-consideration = Övervägande
template-classic-funnel-stage-consideration-notes = Nyhetsbrev, e-böcker och kundcase för dem som jämför erbjudanden.
template-classic-funnel-stage-conversion = Konvertering
template-classic-funnel-stage-conversion-notes = Kundomdömen och ett kampanjerbjudande underlättar köpet.
template-classic-funnel-stage-customers = Kunder
template-classic-funnel-source-search-ads = Sökannonser
template-classic-funnel-source-seo-content = SEO och blogg
template-classic-funnel-source-social = Sociala medier
template-classic-funnel-title = Vår säljtratt
template-classic-funnel-subtitle = Medvetenhet → Övervägande → Konvertering
template-digital-branding-name = Enbart digital branding
template-digital-branding-notes = Enbart digital branding sprider innehåll i sociala medier, annonser och kampanjer utan koppling till ett köp och utan möjlighet att fortsätta dialogen. Det kräver hög intensitet, är svårt att mäta och ger i bästa fall ett litet, fördröjt flöde av organiska leads. Jämför med säljsilon innan ni lägger pengarna.
template-digital-branding-stage-brand-reach = Varumärkesräckvidd
template-digital-branding-stage-brand-reach-notes = De som nås fångas inte upp: ingen går att identifiera.
template-digital-branding-stage-contact-request = Kontaktförfrågan
template-digital-branding-stage-contact-request-notes = De få som minns oss och hör av sig.
template-digital-branding-stage-customers = Kunder
template-digital-branding-source-social-campaign = Kampanj i sociala medier
template-digital-branding-source-video-ads = Videoannonser
template-digital-branding-title = Enbart digital branding
template-digital-branding-subtitle = Räckvidd utan att fånga upp någon
template-e-commerce-entry-offer-name = E-commerce med ett instegserbjudande
template-e-commerce-entry-offer-notes = Välj e-commerce med ett instegserbjudande när en komplex tjänst kan paketeras till något som är enkelt att köpa online första gången, till exempel en workshop till fast pris. Varje steg går att mäta, så det kan optimeras utifrån fakta. Designen börjar som ett nytt företag gör: inga kunder än och ingenting i pipelinen.
template-e-commerce-entry-offer-stage-checkout = Kassa
template-e-commerce-entry-offer-stage-customers = Instegskunder
template-e-commerce-entry-offer-stage-landing-page = Landningssida
template-e-commerce-entry-offer-stage-landing-page-notes = En sida, ett erbjudande, en knapp.
template-e-commerce-entry-offer-source-search-ads = Sökannonser
template-e-commerce-entry-offer-source-seo = Organisk sökning
template-e-commerce-entry-offer-source-social-ads = Annonser i sociala medier
template-e-commerce-entry-offer-title = E-commerce med ett instegserbjudande
template-e-commerce-entry-offer-subtitle = Enkelt att köpa första gången
template-flywheel-name = Svänghjul
template-flywheel-notes = Välj svänghjulet när riktigt nöjda kunder är era bästa säljare: återköp och rekommendationer för nya leads tillbaka till Attrahera. Det första köpet är bara halva vägen; produktkvalitet och service efter köpet (leverans, reklamationer, erbjudanden till återkommande kunder) håller hjulet i gång.
template-flywheel-stage-attract = Attrahera
template-flywheel-stage-attract-notes = Konsekvent kommunikation, närvaro i sociala medier och influencers.
template-flywheel-stage-delight = Glädja
template-flywheel-stage-delight-notes = Efter köpet: snabb leverans, bra reklamationshantering och erbjudanden till återkommande kunder.
template-flywheel-stage-engage = Engagera
template-flywheel-stage-engage-notes = Visa att erbjudandet löser deras problem: webbplatsens användarupplevelse och detaljerad information.
template-flywheel-source-influencers = Samarbeten med influencers
template-flywheel-source-social = Sociala medier
template-flywheel-title = Vårt svänghjul
template-flywheel-subtitle = Attrahera → Engagera → Glädja, där rekommendationer matar Attrahera
template-inbound-name = Inbound-försäljning
template-inbound-notes = Välj inbound när de flesta leads kommer till er: annonser, sök och innehåll får besökare att fylla i ett formulär, och inbound-säljare kvalificerar dem. Processen börjar i Kvalificera; arbetet ligger i att locka rätt besökare och svara snabbt.
template-inbound-stage-close = Avsluta
template-inbound-stage-customers = Kunder
template-inbound-stage-present = Presentera
template-inbound-stage-qualify = Kvalificera
template-inbound-stage-qualify-notes = Ring tillbaka inom ett dygn; stäm av behov, budget och tidsplan.
template-inbound-source-search-ads = Sökannonser
template-inbound-source-webinars = Webbinarier
template-inbound-source-website-forms = Formulär på webbplatsen (SEO och innehåll)
template-inbound-title = Inbound-försäljning
template-inbound-subtitle = Leads kommer till oss; vi kvalificerar dem snabbt
template-outbound-name = Outbound-försäljning
template-outbound-notes = Välj outbound när ni vet exakt vem som borde köpa och de inte hittar er på egen hand: säljarna tar första kontakten via kalla samtal, kalla mejl, sociala medier eller nätverkande, utifrån listor med personer som passar köparprofilen. De första stegen är Prospektera och Ta kontakt.
template-outbound-stage-close = Avsluta
template-outbound-stage-customers = Kunder
template-outbound-stage-make-contact = Ta kontakt
template-outbound-stage-make-contact-notes = Kalla samtal, kalla mejl och social selling; flera försök per lead.
template-outbound-stage-present = Presentera
template-outbound-stage-prospect = Prospektera
template-outbound-stage-prospect-notes = Stäm av varje namn på listan mot köparprofilen.
template-outbound-stage-qualify = Kvalificera
template-outbound-source-cold-list = Köpt kontaktlista
template-outbound-source-networking = Nätverkande och LinkedIn
template-outbound-title = Outbound-försäljning
template-outbound-subtitle = Prospektera → Ta kontakt → Kvalificera → Presentera → Avsluta
template-relationship-b2b-with-entry-offer-name = Relationsbaserad B2B med ett digitalt instegserbjudande
template-relationship-b2b-with-entry-offer-notes = Välj den här kombinationen när er huvudaffär är en skräddarsydd B2B-tjänst men ett instegserbjudande kan säljas online: webbshoppen fångar upp köpare tidigt i deras köpresa, inte bara de 3 % som är redo nu, och relationsmodellen håller temperaturen hos alla andra tills de är redo att prata med en säljare.
template-relationship-b2b-with-entry-offer-stage-close = Avsluta
template-relationship-b2b-with-entry-offer-stage-customers = Kunder
template-relationship-b2b-with-entry-offer-stage-customers-notes = Kundvård; återköpen är merförsäljning.
template-relationship-b2b-with-entry-offer-stage-entry-offer = Instegserbjudande
template-relationship-b2b-with-entry-offer-stage-entry-offer-notes = En workshop till fast pris som köps online; intäkterna betalar annonserna och räknas inte här.
template-relationship-b2b-with-entry-offer-stage-landing-page = Landningssida
template-relationship-b2b-with-entry-offer-stage-landing-page-notes = Erbjuder instegsworkshoppen och en guide i utbyte mot e-postadressen; de som bara registrerar sig går till silon.
template-relationship-b2b-with-entry-offer-stage-nurture = Nurture-silo
template-relationship-b2b-with-entry-offer-stage-nurture-notes = Ett nyhetsbrev och e-postserier som avslutas med en call to action.
template-relationship-b2b-with-entry-offer-stage-present = Presentera
template-relationship-b2b-with-entry-offer-stage-qualify = Kvalificera
template-relationship-b2b-with-entry-offer-source-linkedin = Innehåll på LinkedIn
template-relationship-b2b-with-entry-offer-source-search-ads = Sökannonser
template-relationship-b2b-with-entry-offer-title = Relationsförsäljning B2B med ett instegserbjudande
template-relationship-b2b-with-entry-offer-subtitle = Webbshop för första köpet, relation för resten
template-relationship-based-name = Relationsbaserad försäljning
template-relationship-based-notes = Välj relationsbaserad försäljning när nästan alla intäkter kommer från befintliga kunder: säljarna lägger mer tid på kundvård än på prospektering, så processen slutar inte vid Avsluta. Första uppföljning och Merförsäljning följer på varje affär. Designen utgår från de 320 kunder och den öppna pipeline som företaget har i dag, och deras återkommande order, alltså intäkterna från befintliga kunder, visas separat från nyförsäljningen.
template-relationship-based-stage-close = Avsluta
template-relationship-based-stage-customers = Kunder
template-relationship-based-stage-customers-notes = Kundvård: regelbundna avstämningar; återköpen är merförsäljningen.
template-relationship-based-stage-first-check-in = Första uppföljning
template-relationship-based-stage-first-check-in-notes = Ett samtal två veckor efter leverans: är allt som utlovat?
template-relationship-based-stage-make-contact = Ta kontakt
template-relationship-based-stage-present = Presentera
template-relationship-based-stage-prospect = Prospektera
template-relationship-based-stage-qualify = Kvalificera
template-relationship-based-stage-upsell = Merförsäljning
template-relationship-based-stage-upsell-notes = Gå igenom behoven tillsammans; föreslå nästa steg.
template-relationship-based-source-cold-list = Mållista
template-relationship-based-source-events = Branschevent
template-relationship-based-title = Relationsbaserad försäljning
template-relationship-based-subtitle = Det är vid affären som relationen börjar
template-sales-silo-name = Säljsilo
template-sales-silo-notes = Välj säljsilon när människor köper i mycket olika takt och ett lead som inte är redo i dag kan vara det nästa kvartal. Ingen faller ut genom hålen i tratten: alla som kan bli kunder stannar i silon och får relevant e-post med låg intensitet, och de heta leadsen lyfts ut för personlig kontakt.
template-sales-silo-stage-capture = Fånga upp
template-sales-silo-stage-capture-notes = Anmälningar till e-böcker och webbinarier: e-postadressen är det digitala visitkortet.
template-sales-silo-stage-close = Avsluta
template-sales-silo-stage-customers = Kunder
template-sales-silo-stage-present = Presentera
template-sales-silo-stage-qualify = Kvalificera
template-sales-silo-stage-qualify-notes = Inbound-säljare ringer de varma leadsen.
template-sales-silo-stage-silo = Nurture-silo
template-sales-silo-stage-silo-notes = Ett månatligt nyhetsbrev och en kort e-postserie; lead scoring flaggar de heta.
template-sales-silo-source-linkedin-ads = LinkedIn-annonser
template-sales-silo-source-seo-content = SEO och innehåll
template-sales-silo-source-webinars = Webbinarier
template-sales-silo-title = Vår säljsilo
template-sales-silo-subtitle = Ingen faller ur tratten: silon håller dem varma
template-team-selling-name = Teamförsäljning
template-team-selling-notes = Välj teamförsäljning när flera personer deltar i varje affär: en SDR kvalificerar och lämnar över till en account executive, en affärsanalytiker och en marknadskoordinator kartlägger kunden, och customer success kommer in vid onboardingen. Ett CRM där teamet ser varje kunds historik är avgörande.
template-team-selling-stage-close = Avsluta
template-team-selling-stage-customers = Kunder
template-team-selling-stage-make-contact = Ta kontakt
template-team-selling-stage-present = Presentera
template-team-selling-stage-qualify = Kvalificera
template-team-selling-stage-qualify-notes = SDR:en kvalificerar och lämnar sedan över till account executive.
template-team-selling-stage-research = Analysera
template-team-selling-stage-research-notes = Analytiker: kundens bransch och marknad. Marknad: innehåll som är viktigt för intressenterna. Säljare: vilka andra företag som kan vara intresserade.
template-team-selling-source-cold-list = Mållista
template-team-selling-source-website-forms = Formulär på webbplatsen
template-team-selling-title = Teamförsäljning
template-team-selling-subtitle = SDR → account executive, med analys och customer success

## Roll- och verktygskatalogen

catalogue-role-sdr = SDR
catalogue-role-account-executive = Account executive
catalogue-role-account-executive-short = AE
catalogue-role-marketing-coordinator = Marknadskoordinator
catalogue-role-marketing-coordinator-short = Marknad
catalogue-role-business-analyst = Affärsanalytiker
catalogue-role-business-analyst-short = Analytiker
catalogue-role-content-creator = Innehållsskapare
catalogue-role-content-creator-short = Innehåll
catalogue-role-seo-sem-specialist = SEO/SEM-specialist
catalogue-role-seo-sem-specialist-short = SEO/SEM
catalogue-role-customer-success = Customer success
catalogue-role-customer-success-short = CS
catalogue-role-support = Support
catalogue-tool-crm = CRM
catalogue-tool-marketing-automation = Marknadsautomation
catalogue-tool-marketing-automation-short = Automation
catalogue-tool-email = E-post
catalogue-tool-ads-platform = Annonsplattform
catalogue-tool-webshop = Webbshop
catalogue-tool-social-media = Sociala medier
catalogue-tool-video = Video
catalogue-tool-meeting-booking = Mötesbokning
catalogue-tool-e-procurement = E-upphandling
catalogue-tool-meeting-booking-short = Bokning

## Guiden och fler dialoger

wizard-1-where-do-most-leads = 1. Var kommer de flesta leads ifrån?
wizard-they-come-to-us-ads = De kommer till oss: annonser, sök, innehåll
wizard-we-reach-out-cold-lists = Vi tar kontakt: kalla listor, samtal, e-post, nätverkande
wizard-both-in-similar-measure = Båda, i ungefär lika hög grad
wizard-2-how-much-of-your = 2. Hur stor del av era intäkter kommer från befintliga kunder?
wizard-3-how-many-of-your = 3. Hur många av era medarbetare deltar i varje affär?
wizard-4-do-you-pitch-one = 4. Säljer ni in till en person eller till flera hos ett målkonto?
wizard-one-person-decides = En person bestämmer
wizard-many-stakeholders-influence-the-decision = Många intressenter påverkar beslutet
wizard-a-typical-first-order-and = En typisk första order, och hur lång tid köpet tar
wizard-how-do-your-customers-buy = Hur köper era kunder? (inget val: låt Leadflow föreslå)
wizard-customers-today = Kunder i dag
wizard-recommended = Rekommenderad: { $model }
wizard-why-account-based = Flera intressenter påverkar varje beslut hos era målkonton: account-based selling väljer konton noggrant och når varje intressent med ett påläst, personligt upplägg.
wizard-why-team-selling = Tre eller fler av era medarbetare deltar i varje affär: teamförsäljning, där en SDR lämnar kvalificerade leads till en account executive, research görs före presentationen och hela teamet delar ett CRM.
wizard-why-relationship-based = Det mesta av era intäkter kommer från befintliga kunder: relationsbaserad försäljning, där processen fortsätter efter Avsluta med en första uppföljning och merförsäljning.
wizard-why-inbound = De flesta leads kommer till er via annonser, sök och innehåll: inbound-försäljning, där processen börjar när säljarna kvalificerar dem.
wizard-why-outbound = Era säljare tar första kontakten utifrån listor med personer som passar er köparprofil: outbound-försäljning, som börjar med Prospektera och Ta kontakt.
wizard-default-name = Vår säljprocess
wizard-target-account-list = Lista över målkonton
wizard-transactions = Transaktioner: { $models }.
wizard-why-nurture-pool = En nurture-pool håller kvar de leads som inte är redo än.
wizard-why-brand-reach = Varumärkesräckvidd ger tillbaka en liten, fördröjd andel som organiska leads.

## Målsökning, export, CRM-dialogen och filer

goal-dialog-customers = Kunder
goal-dialog-ending = som slutar { $date }
goal-dialog-headcount = Bemanning
goal-dialog-judge-by-runs = Bedöm utifrån { $runs } Monte Carlo-körningar i stället för förväntade värden
goal-dialog-today = i dag { $reached } per { $date }
goal-dialog-no-role = Inget steg har en roll att lägga till personer i.
goal-dialog-no-conversion = Inget steg har en konvertering att ändra.
export-dialog-pixels = { $width } × { $height } pixlar
export-dialog-vectors = Vektorer: skarpt i alla storlekar
export-dialog-only-selected = Bara de markerade stegen
chrome-open-recent = Öppna senaste
export-format-png = PNG-bild
export-format-svg = SVG-vektorbild
export-format-pdf = PDF-dokument
export-layout-diagram = Diagram
export-layout-slide = Presentationsbild (16:9)
crm-dialog-not-a-date = ”{ $text }” är inget datum som 2026-11-30 (ÅÅÅÅ-MM-DD)
crm-dialog-title-new = Ny design från en CRM-export
crm-dialog-title-calibrate = Kalibrera från en CRM-export
crm-dialog-intro = En händelselogg (CSV), eller affärer från HubSpot, Pipedrive eller Salesforce så som de exporteras (CSV eller XLSX). Affärsnamn och ägare sparas inte.
crm-dialog-name-columns-hint = Ange kolumnerna under ”Kolumner i en händelselogg” ovan i den här dialogen och välj Läs in igen.
crm-dialog-stale = Inställningarna har ändrats sedan exporten lästes in: välj Läs in igen för att använda dem.
crm-dialog-imported-pipeline = Importerad pipeline
crm-field-case = Affär (ärende-id)
crm-field-stage = Steg
crm-field-time = Tidpunkt in i steget
crm-field-source = Källa
crm-field-amount = Belopp
crm-field-outcome = Resultat
crm-field-created = Skapad
crm-slash-decide = Avgör utifrån kolumnen
crm-slash-day-first = Dagen först (3 april)
crm-slash-month-first = Månaden först (4 mars)
crm-dialog-plan-starts = Planen börjar { $date } (den dag då de öppna affärerna räknades).
crm-dialog-keeps-actuals = Designen sparar { $weeks } veckors utfall från { $date } för ”Plan mot utfall” och ersätter det som eventuellt sparats tidigare.
crm-dialog-open-deals = { $deals } öppna affärer
file-dialog-read-a-crm-export = Läs in en CRM-export
file-dialog-crm-export = CRM-export
file-dialog-open-design = Öppna design
file-dialog-leadflow-design = Leadflow-design
file-dialog-image-exported-by-leadflow = Bild exporterad från Leadflow
file-dialog-save-design = Spara design
file-dialog-export-image = Exportera bild
file-dialog-open = Öppna
file-dialog-save = Spara
file-dialog-cancel = Avbryt
file-dialog-refresh = Uppdatera
file-dialog-parent-folder = En mapp upp
file-dialog-file = Fil:
file-dialog-show-hidden = Visa dolda filer
file-dialog-replace = ”{ $name }” finns redan. Vill du ersätta den?
file-dialog-replace-it = Ersätt
file-dialog-no-system = Den här datorn har ingen egen fildialog (ingen skrivbordsportal, ingen zenity), så Leadflow visar sin egen. Visa → Leadflows egen fildialog gör den till standard.
document-unsaved-design = Osparad design
palette-stage-item = Steg: { $name }
app-no-template = det finns ingen mall ”{ $name }”
app-autosave-failed = Automatisk sparning misslyckades: { $error }

## Anmärkningar, åtgärder, ångra-steg, hävstänger och målsökning

fix-add-capture = Lägg till ett steg som fångar upp leads
fix-add-nurture-pool = Lägg till en nurture-pool
fix-add-model-stages = Lägg till stegen efter affären
fix-add-crm = Ge alla steg CRM:et
fix-add-person = Lägg till en person
fix-add-sdr = Bemanna steget med en SDR
finding-branding-without-capture = { $stage }: människor nås men fångas inte upp, så det finns inget sätt att fortsätta dialogen. Ett steg som fångar upp dem (en anmälan med uppföljning via e-post) gör räckvidd till leads.
finding-drops-without-pool = Processen tappar { $percent } av sina leads och förlorar dem: en nurture-pool skulle hålla dem varma tills de är redo.
finding-relationship-without-post-sale = Relationsbaserad försäljning, men processen slutar vid Avsluta: lägg till { $stages } för att ta hand om kunderna efter affären.
finding-and = {" "}och{" "}
finding-team-selling-without-crm = Teamförsäljning utan CRM: teamet behöver ett gemensamt ställe där alla kan kommentera varje kund och se dess historik.
finding-inbound-starts-with-prospecting = { $stage }: en inbound-design börjar där leads kommer till er, i Kvalificera; prospektering är outbound-arbete.
finding-one-more-person = {" "}En person till: { $gain } kunder per { $date }.
finding-roles-cannot-keep-up = { $stage }: personerna hinner inte med; { $backlog } leads väntar per { $date }.{ $effect }
finding-stage-without-role = { $stage }: ingen arbetar i det här steget; simuleringen antar obegränsad kapacitet.
finding-source-costs-more = { $source }: cirka { $cost } per vunnen kund, mer än värdet av en första order ({ $order_value }).
change-edit = Redigera
change-move-stages = Flytta steg
change-nudge = Flytta stegvis
change-rename-stage = Byt namn på steg
change-add-stage = Lägg till steg
change-delete = Ta bort
change-cut = Klipp ut
change-paste = Klistra in
change-duplicate = Duplicera
change-add-flow = Lägg till flöde
change-delete-flow = Ta bort flöde
change-change-flow-share = Ändra flödesandel
change-attach-role = Koppla roll
change-attach-tool = Koppla verktyg
change-add-role = Lägg till roll
change-remove-role = Ta bort roll
change-change-tools = Ändra verktyg
change-add-source = Lägg till källa
change-remove-source = Ta bort källa
change-change-conversion = Ändra konvertering
change-change-days-in-stage = Ändra dagar i steget
change-change-today = Ändra vad som finns i steget i dag
change-change-sales-model = Byt säljmodell
change-change-transaction-models = Ändra transaktionsmodeller
change-add-implied-stages = Lägg till steg som modellen kräver
change-arrange-funnel = Ordna som säljtratt
change-arrange-flywheel = Ordna som svänghjul
change-add-scenario = Lägg till scenario
change-switch-scenario = Byt scenario
change-remove-scenario = Ta bort scenario
change-goal-seek = Målsökning
change-calibrate = Kalibrera från CRM-export
change-keep-what-if = Behåll ändringarna från Tänk om
change-apply-fix = Tillämpa åtgärd
lever-conversion = +10 % konvertering
lever-time-in-stage = −10 % tid i steget
lever-one-person = +1 person
lever-label = { $stage }: { $lever }
goal-out-of-reach = utom räckhåll: även med { $value } blir det bara { $reached } till vecka { $week }
goal-too-uncertain = utom räckhåll: även med { $value } nås målet bara i { $percent } av körningarna till vecka { $week }
goal-stopped = avbröts innan ett svar hittades
goal-no-sources = designen har inga leadskällor att skala upp
goal-no-stage = det finns inget steg ”{ $stage }”
goal-no-role = steget ”{ $stage }” har ingen roll att lägga till personer i
goal-nothing-to-change = inget att ändra
goal-customers-value = { $customers } kunder
goal-leads-value = { $leads } leads per vecka totalt
goal-conversion-value = { $conversion } konvertering
goal-people-value = { $people } personer
goal-answer-leads = { $leads } leads per vecka totalt (i dag { $today })
goal-answer-conversion = { $conversion } konvertering i { $stage } (i dag { $today })
goal-answer-people = { $people } personer i { $stage } (i dag { $today })
goal-answer = För att ha { $wanted } till vecka { $week } ({ $date }): { $what }.
goal-answer-share = {" "}{ $percent } av { $runs } Monte Carlo-körningar når målet.

## Validering

validate-delays = varumärkesräckvidd: fördröjningarna blir sammanlagt { $days } dagar, mer än de { $max } som en design får ha
validate-scenario-part = scenario ”{ $scenario }”: { $part }
validate-rate-not-number = { $what }: { $field } är { $value }, inte ett tal mellan 0 och 1
validate-rate-outside = { $what }: { $field } { $value } ligger utanför 0..1
validate-not-finite = { $what }: { $field } är { $value }, inte ett ändligt tal
validate-negative = { $what }: { $field } { $value } är negativt
validate-above-limit = { $what }: { $field } { $value } överstiger gränsen { $max }
evidence-not-finite = mätvärdet och intervallet måste vara ändliga tal
evidence-outside-interval = intervallet { $low }..{ $high } innehåller inte det uppmätta värdet { $measured }
evidence-too-many-deals = det bygger på { $deals } affärer, fler än de { $max } som en import läser
evidence-period-reversed = perioden börjar ({ $from }) efter att den slutar ({ $to })
actuals-too-many-weeks = utfallet omfattar { $weeks } veckor; en design sparar högst { $max }
validate-evidence-broken = { $what }: mätunderlaget för { $field } är felaktigt: { $problem }
validate-too-long = { $what }: { $field } har { $chars } tecken, fler än de { $max } som tillåts
validate-too-many = { $what }: { $count }, fler än de { $max } som en design får ha
validate-stage = steg ”{ $name }” ({ $id })
validate-days-above-zero = { $what }: days_in_stage { $value } måste vara ett tal större än 0
validate-days-under-a-day = { $what }: days_in_stage { $value } är under en dag; simuleringen går fram en dag i taget, så steget tar en dag
validate-position = { $what }: positionen ({ $x }, { $y }) ligger längre än { $max } från ritytans mitt
validate-waiting-over-count = { $what }: waiting_today { $waiting } är fler än de { $count } som finns i steget i dag
validate-waiting-unused = { $what }: waiting_today används bara av trattsteg och svänghjulssegment
validate-lost-starts-empty = { $what }: ett steg för förlorade börjar tomt; in_stage_today används inte
validate-pool-shares = { $what }: andelarna för uppvärmning och avregistrering blir sammanlagt mer än 100 % per vecka
validate-source = källa ”{ $name }” ({ $id })
validate-growth = { $what }: growth_per_month { $value } måste vara ett tal större än -1 och högst { $max }
validate-role = roll ”{ $name }” ({ $id })
validate-tool = verktyg ”{ $name }” ({ $id })
validate-start-date = simulering: start_date { $date } ligger utanför { $range }
validate-simulation-outside = simulering: { $field } { $value } ligger utanför { $range }
validate-passes = simulering: { $runs } körningar × { $weeks } veckor × { $stages } steg ger { $size } GB siffror, mer än de { $kept } GB som hålls samtidigt, så körningarna simuleras { $passes } gånger om och varje omgång behåller en del; färre körningar eller en kortare horisont går { $passes } gånger snabbare
validate-counted = simulering: { $runs } körningar × { $weeks } veckor × { $stages } steg ger { $size } GB siffror, mer än de { $kept } GB som hålls samtidigt, så percentilerna räknas i stället för att hållas: körningarna simuleras { $passes } gånger om och siffrorna förblir exakta; färre körningar eller en kortare horisont går snabbare
validate-season-length = { $what }: säsongen har { $count } faktorer; den behöver en per månad, 12, eller ingen
validate-season-factor = { $what }: säsongsfaktorn för { $month } är { $factor }, utanför 0..10
validate-flow-no-stage = { $flow }: det finns inget steg ”{ $stage }”
validate-flow-into-itself = { $flow }: ett steg flödar in i sig självt
validate-flow-twice = { $flow }: förekommer mer än en gång; slå ihop dem
validate-drop-outs-missing = { $what }: avhopp går till ”{ $pool }”, som inte finns
validate-drop-outs-not-pool = { $what }: avhopp går till { $stage }, som inte är en nurture-pool
validate-names-missing = { $what }: { $field } anger ”{ $target }”, som inte finns
validate-role-missing = { $what }: rollen ”{ $role }” finns inte i rollkatalogen
validate-tool-missing = { $what }: verktyget ”{ $tool }” finns inte i verktygskatalogen
validate-entry-missing = { $source }: ingångssteget ”{ $stage }” finns inte
validate-flow = flöde { $from } → { $to }
validate-shares-over = { $what }: de utgående flödesandelarna blir sammanlagt { $percent } %, över 100 %
validate-shares-under = { $what }: de utgående flödesandelarna blir sammanlagt { $percent } %; övriga som konverterar går förlorade
validate-nowhere-to-go = { $what }: konverterande leads har ingenstans att ta vägen; lägg till ett flöde
validate-no-sources = designen har inga leadskällor, så inga leads kommer in
validate-unreachable-customers = { $what }: inga leads kan nå det här kundsteget
validate-unreachable = { $what }: inga leads kan nå det här steget
validate-no-customer-stage = designen har inget kundsteg, så simuleringen räknar inga kunder

## Ritytans tillgänglighet, diagramskalor och bildens säsong

canvas-drag-to-another-stage-to = Dra till ett annat steg för att lägga till ett flöde
canvas-stage-name = Stegets namn
canvas-stage-label = Steg { $name }
canvas-add-flow-from = Lägg till flöde från { $name }
tick-millions = { $value } mn
tick-thousands = { $value } tn
slide-season = {" "}(säsong: { $low_month } ×{ $low } till { $high_month } ×{ $high })

## Fel vid öppning och sparande

load-cannot-read = { $file }: kan inte läsa filen: { $error }
load-not-text = { $place }: det här är ingen textfil (ogiltig UTF-8); är det en Leadflow-design?
load-no-design-in-image = { $file }: filen innehåller ingen Leadflow-design; bara bilder och presentationer som exporterats från Leadflow kan öppnas som designer
load-not-a-file = { $file }: ingen vanlig fil; en design är en .ron-fil eller en bild eller presentation exporterad från Leadflow
load-too-large = { $file }: { $bytes } byte, mer än de { $limit } byte som en design får vara på
load-empty = { $file }: filen är tom; den innehåller ingen design
load-newer-version = { $file }: sparad med en nyare version av Leadflow (formatversion { $found }); den här versionen läser upp till { $supported }. Uppdatera Leadflow för att öppna filen.
load-ends-early = filen tar slut för tidigt; är den komplett?
load-expected-number = här förväntades ett tal
load-expected-found = förväntade { $expected }, hittade { $found }
load-unknown-field = okänt fält `{ $found }` (sparat med en nyare version av Leadflow, eller ett skrivfel?); förväntade något av { $expected }
load-missing-field = fältet `{ $field }` saknas
load-unknown-value = okänt värde `{ $found }`; förväntade något av { $expected }
save-serialize = kan inte skriva designen som RON: { $error }
save-cannot = { $file }: kan inte spara: { $error }
save-read-only = { $file }: filen är skrivskyddad och har inte ersatts. Spara med ett annat namn

## Rapport från CRM-importen

report-export = export
report-pipeline = , pipeline ”{ $name }”
report-read = Läste in { $source }: { $kind }{ $pipeline }
report-deals = { $deals } affärer ({ $won } vunna, { $lost } förlorade, { $open } öppna) från { $rows } rader, { $period }; öppna affärer räknade per { $date }.
report-stage-order = Stegordning: { $order }.
report-column-stage = Steg
report-column-deals = Affärer
report-column-conversion = Konvertering (90 %)
report-column-days = Dagar i steget (90 %)
report-column-open = Öppna
report-none-left = ingen har lämnat det
report-not-in-export = finns inte i exporten
report-thin = {"  "}tunt underlag: { $decided } avgjorda affärer
report-order-value = Ordervärde: medelvärde { $mean } av { $won } vunna affärer; median { $median }.
report-no-order-value = Ordervärde: ingen vunnen affär har något belopp.
report-skipped = Hoppade över { $count } rader eller affärer:
report-skipped-row = {"  "}rad { $row }: { $reason }
report-skipped-more = {"  "}… och { $count } till
report-note = Obs: { $note }.
report-none = inga
report-moved-back-from = { $count } från { $stage }
report-moves-back = Flyttar tillbaka till ett tidigare steg: { $moves }
report-skips = Hoppar över steg: { $from } → { $to }: { $count } av { $moved_on } som går vidare ({ $percent })
report-new-deals = Nya affärer per vecka (90 %):
report-growth = tillväxt { $growth } % per månad ({ $low } till { $high } %)
report-no-growth = ingen tillväxt tydlig nog att planera efter (90 %: { $low } till { $high } % per månad)
report-growth-beside-season = tillväxt { $growth } % per månad ({ $low } till { $high } %), används inte: med under två års data förklarar säsongen samma månader
report-too-short-for-growth = för kort period för att skatta tillväxten
report-no-season = ingen säsongsvariation
report-seasonal = säsongsvarierande
report-source = {"  "}{ $source } → { $entry }: { $per_week } från { $deals } affärer; { $growth }; { $season }

## Meddelanden från CRM-importen och kalibrering

export-kind-event-log = händelselogg
export-kind-hub-spot = affärsexport från HubSpot
export-kind-pipedrive = affärsexport från Pipedrive
export-kind-salesforce = affärsmöjlighetshistorik från Salesforce
calibrate-conversion = konvertering
calibrate-days-in-stage = dagar i steget
calibrate-in-stage-today = i steget i dag
import-notes-built = Byggd på en { $kind } med { $deals } affärer, { $period }; öppna affärer räknade per { $date }.
import-notes-measured = Uppmätt: { $history ->
        [yes] konvertering och dagar i steget
       *[no] konvertering (dagar i steget kunde inte mätas och antas vara 7)
    } för { $stages } steg, nya affärer per vecka för { $sources } källor{ $order_value ->
        [yes] , ordervärdet
       *[no] {""}
    }.
import-notes-assumed = Antaget (exporten säger inget om det): kostnader och bemanning, återköp, rekommendationer och kundtapp.
import-error-row = rad { $row }
import-error-column = kolumn ”{ $column }”
import-no-source-given = Ingen källa angiven
import-new-deals = Nya affärer
import-other-sources = Övriga källor
import-has-column-names-but-no = har kolumnnamn men inga affärer
import-as-given = som angiven
import-has-no-dates-leadflow-needs = saknar datum: Leadflow behöver veta när affärerna skapades eller gick in i sina steg
import-has-no-column-names = saknar kolumnnamn
import-is-empty = är tom
import-is-not-a-regular-file = är ingen vanlig fil
import-is-not-a-table-neither = är ingen tabell: varken CSV-text eller en XLSX-arbetsbok
import-has-no-sheets = har inga kalkylblad
import-the-deal-has-no-stage = affären har inte gått in i något steg, bara avslutats
import-from-the-export-s-columns = från exportens kolumner
import-the-deal-entered-no-stage = affären gick inte in i något av pipelinens steg
import-the-deal-is-deleted = affären är raderad
import-cannot-read = kan inte läsas: { $error }
import-several-pipelines = innehåller { $count } pipelines ({ $pipelines }); välj en med --pipeline
import-too-many-cells = har { $cells } celler; en export har högst { $max } kolumner
import-too-many-deals = fler än { $max } affärer; dela upp exporten per period
import-too-many-stages-column = fler än { $max } olika steg: är det här verkligen stegkolumnen?
import-missing-column = saknar kolumnen ”{ $column }”, som en { $kind } behöver
calibrate-order-value = ordervärde
calibrate-leads-per-week = leads per vecka
import-repeats-row = { $column } { $id } upprepar rad { $row }; den här raden tas inte med
import-column-empty = kolumnen ”{ $column }” är tom
import-not-a-status = kolumnen ”{ $column }”: ”{ $text }” är ingen status (öppen, vunnen eller förlorad); affären tas inte med
import-closes-before-created = kolumnen ”{ $column }”: affären avslutas innan den skapades; affären tas inte med
import-leaves-before-entering = kolumnen ”{ $column }”: affären lämnar steget innan den kommer in i det; affären tas inte med
import-closed-before-stage = affären på den här raden avslutades på rad { $row } före den här stegposten; affären tas inte med
import-note-no-deal-closed = ingen affär är avslutad (inget steg som heter vunnen eller förlorad, ingen utfallskolumn): det sista stegets konvertering kan inte mätas
import-not-a-date = ”{ $text }” är inget datum
import-repeats-event = upprepar rad { $row } (samma affär, steg och tidpunkt)
import-not-csv = är inte läsbar som CSV: { $error }
import-not-xlsx = är ingen läsbar XLSX-arbetsbok: { $error }
import-date-unlike-column = ”{ $text }” är inte ett datum i samma format som resten av kolumnen (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY eller MM/DD/YYYY, eventuellt med klockslag)
import-dates-ambiguous = alla datum kan läsas både som DD/MM/YYYY och som MM/DD/YYYY; ange vilket med --dates day-first eller --dates month-first
import-all-skipped = har inga affärer som Leadflow kan använda: alla { $rows } rader hoppades över (första: { $first })
import-order-by-arrival = efter när affärerna når dem (ange ordningen med --stage-order)
import-order-unknown-stage = har inget steg ”{ $stage }” ur den angivna ordningen; de steg som finns är: { $stages }
import-order-missing-stage = steget ”{ $stage }” saknas i den angivna ordningen (--stage-order måste ange alla steg)
import-note-no-creation-date = { $deals } affärer saknar skapandedatum: de räknas inte som nya affärer
import-order-by-time-in-pipeline = härledd ur hur länge affärerna i varje steg har legat i pipelinen (ange ordningen med --stage-order)
import-note-other-pipelines = { $deals } affärer i andra pipelines (eller utan pipeline) lästes inte in
import-note-id-from-first-column = affärerna skiljs åt med den första kolumnen, ”{ $column }”: ingen kolumn heter Record ID (ange en annan med --column case=NAMN på kommandoraden eller under Kolumner i fönstret)
import-note-pipedrive = Pipedrives affärsexport saknar steghistorik: konverteringarna räknas från det steg längst fram som varje affär nådde, i pipelinens ordning; dagar i steget kan inte mätas och behåller designens värden

## Fler meddelanden från CRM-importen

import-unknown-export = är ingen CRM-export som Leadflow känner igen (kolumner: { $columns }). En händelselogg behöver en kolumn för ärende-id, en för steg och en för tidsstämpel (t.ex. deal_id, stage, entered_at); ange dina med --column case=…, stage=…, time=…, eller välj typ av export med --format
import-no-such-pipeline = har ingen pipeline ”{ $pipeline }”; de pipelines som finns är: { $pipelines }

## Sista meddelandena från CRM-importen

import-no-such-column = har ingen kolumn ”{ $column }” (angiven för { $field }); de kolumner som finns är: { $columns }
import-too-large = är { $size } MB; Leadflow läser exporter på upp till { $max } MB
import-column-case = affärs-id (t.ex. deal_id)
import-column-stage = steg
import-column-time = tidpunkt (t.ex. entered_at)

canvas-minimap = Hela designen: klicka eller dra för att titta där

## The plan over time: figures and validation

figure-headcount = bemanning
figure-conversion = konvertering
figure-days-in-stage = dagar i steget
figure-leads-per-week = leads per vecka
figure-spend-per-week = kostnad per vecka
figure-order-value = ordervärde
figure-repeat-purchases = återköp per år
figure-churn-per-year = kundtapp per år
validate-too-many-moves = planen har { $count } förändringar; en design får ha { $max }
validate-move-text-long = förändringen ”{ $name }…”: ett namn får ha { $max } tecken och anteckningar { $notes }
validate-move-no-figure = förändringen ”{ $name }”: designen har ingen { $figure } för ”{ $of }” (ett steg eller en källa som den nämner saknas, eller rollen arbetar inte i steget)
validate-move-not-a-number = förändringen ”{ $name }”: dess ändring eller kostnad är inte ett tal inom gränserna
validate-move-outside = förändringen ”{ $name }” börjar { $date }, utanför den simulerade perioden { $start } – { $end }
validate-move-ends-before = förändringen ”{ $name }” slutar { $until }, inte efter att den börjar ({ $from })
validate-move-ramp-long = förändringen ”{ $name }”: upptrappningen på { $days } dagar är längre än de { $horizon } dagar som simuleras
validate-move-figure-outside = förändringen ”{ $name }” tar { $figure } till { $value }, utanför { $low } – { $high }

## The year month by month

months-month = Månad
months-days = Dagar
months-leads-in = Nya leads
months-entering = In i { $stage }
months-new-customers = Nya kunder
months-active-customers = Kunder vid månadens slut
months-revenue-new = Intäkter, nya kunder
months-revenue-existing = Intäkter, befintliga kunder
months-cost-people = Kostnad, personal
months-cost-tools = Kostnad, verktyg
months-cost-sources = Kostnad, leadkällor
months-cost-moves = Kostnad, förändringar
months-profit = Resultat
months-cumulative-profit = Ackumulerat resultat
months-headcount = { $role } (personer)

## Starting design: growth plan

template-growth-plan-name = Tillväxtplan för året
template-growth-plan-notes = Ett B2B-företags år som det planerades i januari. Det börjar med 60 kunder och affärer i varje steg. En säljare presenterar och är flaskhalsen: affärerna väntar. Två säljare till börjar, i februari och i maj, och var och en behöver 90 dagar för att nå full kapacitet (med lön från första dagen). En webbinariekampanj pågår under andra kvartalet, en partnerkanal öppnar i april och trappas upp under en månad, och en ny behovsanalysmetod höjer Kvalificera från 35 % till 45 % under september och oktober. Året månad för månad visar svackan i resultatet medan de nya kommer igång och kvartalet då pipelinen fylls.
template-growth-plan-title = Tillväxtplan för året
template-growth-plan-subtitle = Två nyanställningar, en kampanj, en partnerkanal och en bättre metod
template-growth-plan-stage-close = Avsluta
template-growth-plan-stage-customers = Kunder
template-growth-plan-stage-present = Presentera
template-growth-plan-stage-present-notes = En säljare presenterar i dag; affärerna väntar på en ledig tid.
template-growth-plan-stage-qualify = Kvalificera
template-growth-plan-stage-qualify-notes = Ring tillbaka inom ett dygn; stäm av behov, budget och tidsplan.
template-growth-plan-source-partners = Partnerkanal
template-growth-plan-source-search-ads = Sökannonser
template-growth-plan-source-webinars = Webbinarier
template-growth-plan-source-website-forms = Formulär på webbplatsen (SEO och innehåll)
template-growth-plan-move-0 = En säljare börjar
template-growth-plan-move-0-notes = Presenterar från februari; omkring 90 dagar till full kapacitet.
template-growth-plan-move-1 = En andra säljare börjar
template-growth-plan-move-1-notes = Presenterar affärerna som partnerkanalen och kampanjen ger.
template-growth-plan-move-2 = Webbinariekampanj
template-growth-plan-move-2-notes = Ett webbinarium varannan vecka under andra kvartalet.
template-growth-plan-move-3 = Partnerkanalen öppnar
template-growth-plan-move-3-notes = Två återförsäljare; deras leads byggs upp under första månaden.
template-growth-plan-move-4 = Ny metod för behovsanalys
template-growth-plan-move-4-notes = Utbildning i augusti; Kvalificeras konvertering stiger när teamet tar metoden till sig.

## The plan in the editor

plot-months = Månad för månad
months-copy = Kopiera som tabell
months-copy-hint = Kopierar tabellen med rubriker, tabbseparerad: klistra in den i ett kalkylark
months-note = Förväntade värden. En vecka som spänner över två månader delas efter sina dagar.
months-note-bands = Medelvärden av körningarna; kunder och ackumulerat resultat med sitt 10–90 %-band. En vecka som spänner över två månader delas efter sina dagar.
timeline-add-move = Lägg till en förändring…
timeline-empty = Inga förändringar: varje värde gäller från första dagen till horisonten.
timeline-hint = Klicka på en förändring för att redigera den, dra den i tiden; rutan stänger av den.
timeline-switch = Påslagen: { $name }
timeline-bar-hint = Klicka för att redigera; dra för att flytta i tiden
move-figure-headcount = { $role } i { $stage }
move-figure-of = { $figure } för { $of }
move-default-name = Ändra { $figure }
move-inspector-heading = Förändring
move-inspector-from-to = { $from } → { $to }
move-inspector-on = Påslagen
move-inspector-name = Namn
move-inspector-change = Ändring
move-change-to = Till
move-change-by = Med
move-change-by-percent = Med procent
move-inspector-starts-on = Börjar
move-inspector-ramp-up = Full effekt efter
move-inspector-ramp-up-hint = Dagar tills ändringen får full effekt, jämnt fördelat (en ny säljare: omkring 90). 0: genast. Nyanställda får lön från första dagen.
move-inspector-ends-on = Slutar
move-inspector-one-off-cost = Engångskostnad
move-inspector-cost-per-month = Kostnad per månad
move-inspector-notes = Anteckningar
move-inspector-notes-hint = Varför, och vad den bygger på
move-inspector-remove = Ta bort förändringen
stage-inspector-change-from-a-date = Ändra från ett datum…
stage-inspector-change-from-a-date-hint = Planera en ändring av ett av stegets värden från ett datum: en nyanställning, en ny metod, ett pris
change-add-move = Lägg till förändring
change-edit-move = Redigera förändring
change-shift-move = Flytta i tiden
change-switch-move = Slå på eller av förändring
change-remove-move = Ta bort förändring

## The plan: with it and without it

plot-without-the-plan = Utan planen
plot-without-the-plan-value = { $customers } · { $profit }
plot-active-customers-without-the-plan = Aktiva kunder utan planen
plot-profit-without-the-plan = Ackumulerat resultat utan planen
move-inspector-adds = Ger { $customers } kunder och { $profit } i resultat till { $date } (förväntade värden, mot planen utan den här förändringen)
move-inspector-measured = Uppmätt från { $deals } affärer i CRM fram till { $date }; därefter är värdet den här förändringens, antaget.

## The plan in the slide and the presentation

slide-plan = Planen: { $moves }.
presentation-move = { $month }: { $name }

## The year month by month, exported

months-export = Exportera…
months-export-hint = Skriver tabellen till en fil: en Excel-arbetsbok (.xlsx) med de här rubrikerna, eller CSV med kolumner namngivna för skript
file-dialog-export-month-table = Exportera året månad för månad
file-dialog-csv = CSV
file-dialog-excel-workbook = Excel-arbetsbok
status-wrote-months = Skrev året månad för månad till { $file }

## The plan: sources

design-inspector-source-change-from-a-date-hint = Planera en ändring av källan från ett datum: en kampanj (med ett slut), en ny kanal som öppnar, en minskad budget

## The plan of record

command-freeze-plan-of-record = Frys som fastställd plan
modals-replace-plan-of-record = Ersätta den fastställda planen?
modals-replace-plan-of-record-text = Den fastställda planen som frystes { $date } ersätts med året som det ser ut nu. Ångra tar tillbaka den.
modals-replace = Ersätt
change-freeze-plan-of-record = Frys den fastställda planen
status-froze-plan-of-record = Frös { $months } månader som fastställd plan
plot-plan-of-record = Fastställd plan ({ $date })
validate-record-too-long = den fastställda planen har fler månader än tio år
validate-record-not-numbers = den fastställda planen innehåller ett värde som inte är ett tal, eller ett antal under noll

## The meeting deck (PowerPoint)

export-format-pptx = PowerPoint-presentation
export-dialog-deck = Bilder med former, diagram och tabeller att redigera i PowerPoint, och talarmanus
deck-dated = { $date } · från { $start }, { $weeks } veckor
deck-title-process = Så säljer vi
deck-title-year = Året
deck-title-money = Intäkter och kostnader
deck-title-plan = Planen
deck-title-months = Månad för månad
deck-title-assumptions = Vad siffrorna bygger på
deck-title-levers = Var vi kan förbättra
deck-series-band = 10–90 % av körningarna
deck-series-low = 10 %
deck-series-high = 90 %
deck-series-with-plan = Med planen
deck-series-without-plan = Utan planen
deck-revenue = Intäkter
deck-cost = Kostnader
deck-column-figure = Värde för
deck-column-value = Värde
deck-column-basis = Varifrån det kommer
deck-column-change = Ändring
deck-column-customers = Kunder vid slutet
deck-column-profit = Resultat vid slutet
deck-assumed = Antaget
deck-figure-conversion = { $stage }: konvertering
deck-figure-days = { $stage }: dagar i steget
deck-figure-order-value = { $stage }: ordervärde
deck-figure-leads = { $source }: nya leads per vecka
deck-more-rows = och { $count } till
deck-notes-title = Presentationen visar { $name }: { $models }. Siffrorna gäller { $weeks } veckor från { $date }.
deck-notes-process = Hur ett lead blir kund, i { $stages } steg. Leads kommer in vid: { $entries }.
deck-notes-bottleneck = Flaskhalsen är { $stage }: medarbetarna hinner inte med, och { $waiting } leads väntar där vid slutet.
deck-notes-no-bottleneck = Medarbetarna i varje steg hinner med det som kommer in.
deck-notes-band = Det skuggade bandet rymmer 80 % av de { $runs } simulerade körningarna: året slutar lika gärna under det som över det.
deck-notes-expected = Linjen visar förväntade värden, utan spann.
deck-notes-money = Intäkter, kostnader och resultat per månad. Under hela perioden blir intäkterna { $revenue } och kostnaderna { $cost }: ett resultat på { $profit }.
deck-notes-plan = { $count ->
    [one] Planens enda åtgärd
   *[other] Planens { $count } åtgärder, i datumordning
}: { $moves }. Med planen { $with } kunder vid slutet; utan den { $without }.
deck-notes-months = Samma period månad för månad: vunna kunder, kunder vid månadens slut, intäkter, kostnader och resultat.
deck-notes-assumptions = Vad varje värde bygger på: { $measured } av { $total } är mätta i CRM-data, med sitt 90 %-intervall; resten är antagna.
deck-notes-levers = Varje rad är en ändring i ett steg och vad den ger vid slutet. Störst är { $lever }: { $customers } fler kunder.
deck-notes-no-levers = Ingen enskild ändring i ett steg ger fler kunder eller bättre resultat vid slutet.
# The first sheet of a chart's embedded workbook, named as the spreadsheet names it.
deck-sheet = Blad1
# A month only partly in the period, with the days of it counted.
deck-partial-month = { $month } ({ $days } d)
export-dialog-export-deck = Exportera en PowerPoint-presentation

## The deck: scenarios

deck-title-scenarios = Scenarierna jämförda
deck-column-scenario = Scenario
deck-notes-scenarios = Processens { $count } scenarier sida vid sida, vart och ett simulerat över samma period. { $best } slutar med flest kunder: { $customers }.

# The report (PDF on A4 pages)
export-layout-report = Rapport (A4-sidor)
pack-report-page = Sida { $page } av { $pages }
pack-report-notes-title = Rapporten visar { $name }: { $models }. Siffrorna gäller { $weeks } veckor från { $date }.
pack-report-weekly-note = Intäkter och kostnader per vecka; tabellen månad för månad nedan summerar dem.
pack-report-title-actual = Plan mot utfall
pack-report-notes-actual = Affärer som går in i varje steg per vecka, som planen räknar med och som CRM-systemet registrerade dem, under { $weeks } veckor från { $date }. Genomsnittlig miss är den genomsnittliga skillnaden per vecka; i Monte Carlo anger sista kolumnen hur stor andel av veckorna som låg inom planens 10–90 %-band (omkring 80 % när planen stämmer).
pack-report-column-planned = Planerat per vecka
pack-report-column-actual = Registrerat per vecka
pack-report-column-miss = Genomsnittlig miss
pack-report-column-inside = Veckor inom bandet
export-dialog-export-report = Exportera en rapport
export-dialog-report = A4-sidor att skicka före mötet: processen, året, intäkter och kostnader, planen, månaderna, vad siffrorna bygger på och var det går att förbättra. Förhandsvisningen visar första sidan.

# The flow in motion (GIF, animated PNG)
export-format-gif = GIF-animering
export-format-apng = Animerad PNG
export-dialog-export-motion = Exportera flödet i rörelse
export-dialog-seconds = Längd
export-dialog-fps = Bilder per sekund
export-dialog-motion = Leads som flödar genom året på { $seconds } s, i slinga, { $width } × { $height } pixlar. Förhandsvisningen visar mitten av året.
motion-week = Vecka { $week } · { $month }

# The monthly review
review-column-month = Månad
review-column-figure = Mått
review-column-planned = Planerat
review-column-actual = Utfall
review-column-difference = Skillnad
review-column-band = Band (10–90 %)
review-column-inside = Inom bandet
review-figure-entering = { $stage }, in
review-figure-won = Vunna
review-figure-won-value = Vunnet värde
review-inside = inom
review-outside = utanför
review-against-record = Mot den fastställda planen från { $frozen }, från { $from } till { $to }.
review-against-design = Mot designen som den är (den har ingen fastställd plan), från { $from } till { $to }.
review-not-in-export = Finns inte i exporten och granskas därför inte: { $stages }.
review-band-note = Bandet är det 10–90 %-intervall som slumpen ensam sprider ett antal kring planen; { $inside } av { $total } månadsvärden ligger inom det.
review-differs-conversion = Börjar avvika vid { $stage }: konvertering { $realised } mot { $planned } i planen, från { $month } ({ $deals } avgjorda affärer).
review-differs-days = Börjar avvika vid { $stage }: { $realised } dagar i steget mot { $planned } i planen, från { $month } ({ $deals } affärer lämnade det).
review-differs-nowhere = Inget steg avviker från planen mer än slumpen tillåter.
command-review-against-crm = Granska mot en CRM-export…
crm-dialog-title-review = Granska planen mot en CRM-export
crm-dialog-close = Stäng
review-error-ends-before = Exporten slutar { $end }, innan planen börjar { $start }: välj en nyare export.
review-error-starts-after = Exporten börjar { $start }, efter planens sista dag, { $end }.
review-error-nothing-matched = Inget av planens steg finns i exporten (den har: { $stages }). Para ihop dem nedan.
review-error-no-deals = Exporten har inga affärer med datum att räkna.
crm-dialog-what-was-read = Vad exporten innehåller
review-reforecast = Om inget ändras slutar året med { $year } vunna affärer till { $until } ({ $so_far } hittills och { $ahead } framåt; 10–90 %: { $low }–{ $high }), mot { $planned } i planen: { $gap }{ $target }.
review-reforecast-remeasured = Ny prognos från { $date }: de affärer som då var öppna som startläge, varje matchat värde mätt på nytt ur exporten fram till den dagen.
review-reforecast-kept = Ny prognos från { $date }: de affärer som då var öppna som startläge, planens egna värden behållna.
review-keep-figures = Behåll planens värden (bara de öppna affärerna från exporten)
review-chart-plan = Plan
review-chart-actual = Vunna hittills
review-chart-reforecast = Ny prognos
review-chart-band = Ny prognos, 10–90 %
review-chart-title = Vunna affärer sedan planens första dag

# Targets
headline-short-of-target = Månader under målet
headline-months-of = { $short } av { $months }
validate-targets-too-many = målen täcker fler månader än tio år
validate-targets-not-numbers = ett mål är inget tal, är under noll eller för stort, eller är inte satt på en månads första dag
months-target-customers = Mål: nya kunder
months-target-revenue = Mål: intäkter
months-targets = Mål
months-yearly-target = Ett värde för perioden
months-spread-evenly = Fördela jämnt
months-spread-like-plan = Fördela som planen
months-clear-targets = Rensa
months-targets-hint = Skriv en månads mål i dess rad; en månad där planen inte når målet markeras. Ett värde för hela perioden kan fördelas över månaderna, jämnt eller efter planens egen form.
months-short = under
plot-target = Mål (per vecka, i sin månad)
change-targets = Ändra mål
review-reforecast-target = , och { $target } i målen: { $gap }
review-slide-title = { $name }: planen mot { $month }
review-copy-slide = Kopiera som bild
review-copy-slide-hint = Lägger granskningen i urklipp som en presentationsbild i 16:9 (PNG) för mötets presentation
goal-dialog-aim-at-targets = Sikta på intäktsmålen till och med
goal-dialog-pick-month = en månad…
modals-keep-earlier-plan = Behåll den tidigare och ersätt
modals-keep-earlier-plan-hint = Den tidigare planen finns kvar i designen under sitt datum och ritas svagare bredvid den nya
earlier-plan-name = Plan från { $date }
validate-too-many-kept-plans = designen har fler än 24 tidigare planer
months-over-period = över hela perioden
months-over-quarter = över kv{ $quarter } { $year }
review-reforecast-remeasured-but = Ny prognos från { $date }: de affärer som då var öppna som startläge, de matchade värdena mätta på nytt ur exporten fram till den dagen utom { $kept ->
    [one] ett som behålls som i planen
   *[other] { $kept } som behålls som i planen
}.
review-figures-measured = Värden som den nya prognosen mäter på nytt (bocka ur för att behålla planens)
goal-dialog-won = Vunna kunder
goal-won-value = { $customers } vunna kunder
goal-dialog-aim-at-customer-targets = Sikta på målen för nya kunder till och med
review-figure-won-target = Vunna mot målet

# A design file that does not read, at a place in it; the problem as worded by the reader.
load-syntax = { $place }: { $problem }
load-parser-says = { $text }
import-skipped-first = rad { $row }: { $reason }

# What a screen reader says of a flow and of a stage's sources on the canvas.
canvas-flow-label = Flöde { $from } → { $to }
canvas-flow-description = { $share } av dem som går vidare från { $from }
canvas-stage-sources = matas av { $sources }

## Ritytan med tangentbordet
command-rename = Byt namn på steg
command-draw-flow = Rita ett flöde från det valda steget
canvas-source-label = Källa { $name }
canvas-source-description = { $channel }: { $leads } leads i veckan till { $stage }, kostar { $cost } i veckan{ $seasonal ->
        [yes] , säsongsvarierande
       *[no] {""}
    }
status-drawing-flow = Ritar ett flöde från { $from }: välj steget det går till med piltangenterna eller Tabb; Esc avbryter
status-drawing-flow-to = Flöde { $from } → { $to }: Enter ritar det, Esc avbryter
wizard-buying-cycle = Hur lång tid köpet tar
about-licence = Fri programvara under MIT-licensen.
about-fonts = Typsnitt i fönstret och i exporter
about-crates = Byggd med { $count_shown } crates med öppen källkod
about-crates-list = Crates och deras licenser
about-licence-texts = Licensernas fullständiga texter installeras med Leadflow (på Linux i /usr/share/doc/leadflow) och finns i källkoden under assets/licences.
menu-text-size = Textstorlek
command-next-pane = Nästa panel
command-previous-pane = Föregående panel
pane-inspector = Inspektör
pane-palette = Palett
calibrate-folded = Inte matchat: { $stages }. Dess affärer räknas med { $stage }: konverteringen { $own } ensam blir { $folded } till nästa matchade steg, och dagarna räknas fram till dess.
calibrate-entry-folded = { $source }: affärerna kommer in i { $entry }, som inte är matchat; de { $share } som når { $stage } blir källans leads där.
calibrate-preview-heading = Designen som kalibrerad, återspelad över exportens veckor (affärer i veckan)
calibrate-preview-row = { $stage }: { $actual } i exporten, { $planned } planerat ({ $off })
calibrate-preview-won = Vunna affärer
provenance-not-borne-out = Antaget: uppmätt { $measured } ({ $interval }), men designen som kalibrerad planerade { $planned } i veckan in i { $stage } där exporten registrerade { $recorded }
provenance-not-borne-out-won = Antaget: uppmätt { $measured } ({ $interval }), men designen som kalibrerad planerade { $planned } vunna affärer i veckan där exporten registrerade { $recorded }
evidence-name-too-long = steget som namnges där återspelningen slog fel är längre än { $max } tecken
crm-field-pipeline = Pipeline
crm-field-closed = Stängd (stängningsdatum)
crm-field-won-time = Tid för vunnen
crm-field-lost-time = Tid för förlorad
calibrate-wrote = skrev { $path } ({ $figures } uppmätta siffror, { $not_borne_out } av dem bekräftas inte av återspelningen)
cli-wrote-design = skrev { $path } (steg: { $stages }, källor: { $sources })
cli-wrote-file = skrev { $path } ({ $bytes } byte)
cli-wrote-named = skrev { $path } ({ $name })
cli-wrote-recommended = skrev { $path } (säljmodell: { $model })
evidence-replay-not-a-count = det återspelningen planerade och exporten registrerade måste vara ändliga tal, minst 0
runaway-loop = Antalet leads växer utan gräns: slingan { $round } ger tillbaka { $gain } leads för varje lead som går runt
runaway-loop-customers-stay = Antalet leads växer utan gräns: i slingan { $round } lämnar kunderna aldrig företaget, så de fortsätter att rekommendera leads så länge simuleringen pågår
wizard-does-not-pay = Med { $order } per order tjänar den här designen { $revenue } mot { $cost } i kostnader under perioden; den bär sig från ungefär { $break_even } per order.
suffix-person = {" "}person
calibrate-preview-row-band = { $stage }: { $actual } i exporten, { $planned } planerat ({ $off }); { $inside } av veckorna inom återspelningens 10–90 %-band
calibrate-preview-holds-band = Den återger det exporten registrerade i varje matchat steg och i vunna affärer: inom { $tolerance } per vecka, med minst { $coverage } av veckorna inom återspelningens 10–90 %-band (en korrekt design lägger 80 % där).
calibrate-preview-fails-band = Den återger inte exporten i { $stages } (mer än { $tolerance } fel per vecka, eller färre än { $coverage } av veckorna inom återspelningens 10–90 %-band, där en korrekt design lägger 80 %): siffrorna som leder dit är var för sig uppmätta men ger tillsammans inte det som hände, så de behålls som antagna, med skälet. Matcha fler steg, eller kontrollera matchningarna, och kalibrera igen.
import-shared-strings-too-large = dess delade strängar (cellernas text) packas upp till mer än { $max } MB, mer än Leadflow läser; spara bladet som CSV och importera den
cli-progress = Monte Carlo: { $done } av { $total } körningar
cli-progress-left = Monte Carlo: { $done } av { $total } körningar, ungefär { $left } kvar
cli-stopped = Avbrutet med Ctrl+C: inget skrevs
status-monte-carlo = Monte Carlo { $percent }
status-monte-carlo-left = Monte Carlo { $percent }, ungefär { $left } kvar
status-stop = Stoppa
status-stop-hint = Stoppa Monte Carlo-körningarna; de förväntade värdena fortsätter att visas
status-monte-carlo-stopped = Monte Carlo stoppad: förväntade värden visas
cli-simulation-failed = Simuleringen misslyckades; inget skrevs
