# Leadflow suomeksi. Samat viestit ja paikkamerkit kuin englanniksi.

## Valikot ja komennot

menu-file = Tiedosto
menu-edit = Muokkaa
menu-view = Näytä
menu-design = Suunnitelma
menu-help = Ohje
menu-language = Kieli

command-new = Uusi pohjasta…
command-new-from-questions = Uusi kysymysten pohjalta…
command-new-from-crm = Uusi CRM-viennistä…
command-open = Avaa…
command-save = Tallenna
command-save-as = Tallenna nimellä…
command-export-image = Vie kuvana…
command-copy-as-image = Kopioi kuvana
command-quit = Lopeta
command-undo = Kumoa
command-redo = Tee uudelleen
command-cut = Leikkaa
command-copy = Kopioi
command-paste = Liitä
command-duplicate = Monista
command-delete = Poista
command-select-all = Valitse kaikki
command-zoom-to-fit = Sovita näkymään
command-zoom-in = Lähennä
command-zoom-out = Loitonna
command-toggle-grid = Ruudukko
command-toggle-snap = Kohdista ruudukkoon
command-toggle-minimap = Pienoiskartta
command-toggle-theme = Tumma teema
command-toggle-own-file-dialog = Leadflow’n oma tiedostoikkuna
command-present = Esitä
command-command-palette = Etsi komento…
command-arrange-funnel = Järjestä myyntisuppiloksi
command-arrange-flywheel = Järjestä vauhtipyöräksi
command-goal-seek = Tavoitehaku…
command-calibrate-from-crm = Kalibroi CRM-viennistä…
command-show-shortcuts = Pikanäppäimet…
command-about = Tietoja Leadflow’sta…

## Tilarivi

status-not-saved = Ei vielä tallennettu
status-exported = { $format } tallennettu tiedostoon { $file }
status-unsaved = { $location } • tallentamattomia muutoksia
status-findings = { $errors ->
        [one] { $errors_shown } virhe
       *[other] { $errors_shown } virhettä
    }, { $warnings ->
        [one] { $warnings_shown } varoitus
       *[other] { $warnings_shown } varoitusta
    }
status-findings-hint = Näytä havainnot; napsauta riviä valitaksesi kohteen, jota se koskee
status-simulating = simuloidaan…
status-simulated = simuloitu { $milliseconds } ms:ssa

## Ensimmäinen käynnistys

welcome-title = Tervetuloa Leadflow’hun
welcome-text = Suunnittele, miten yrityksesi myy, ja näe, millaisen liidivirran se tuottaa. Ikkunassa on myyntisiilo-esimerkki; mistä haluat aloittaa?
welcome-questions = Vastaa neljään kysymykseen
welcome-questions-detail = Leadflow suosittelee myyntimallia ja rakentaa vastaustesi pohjalta ensimmäisen suunnitelman.
welcome-template = Valitse aloitussuunnitelma
welcome-template-detail = Perinteinen myyntisuppilo, inbound, outbound, tilipohjainen myynti, vauhtipyörä ja muita.
welcome-crm = Tuo CRM-vienti
welcome-crm-detail = Mittaa myyntiputkesi HubSpotista, Pipedrivesta, Salesforcesta tai tapahtumalokista.
welcome-open = Avaa suunnitelma
welcome-open-detail = .ron-tiedosto tai Leadflow’lla viety kuva tai esitys.
welcome-look = Tutustu esimerkkiin
welcome-look-detail = Kaikki löytyy myös valikoista.

## Tunnusluvut (editori, esitys, diat)

headline-customers-by = Asiakkaat { $date } mennessä
headline-revenue = Liikevaihto
headline-from-existing = Nykyisiltä asiakkailta
headline-cost = Kustannukset
headline-acquisition-cost = Asiakashankintakustannus
headline-no-costs = kustannuksia ei ole syötetty
headline-payback = Takaisinmaksu
headline-payback-none = ei aikajänteellä
headline-bottleneck = Pullonkaula
headline-bottleneck-none = ei mikään

## Dia

slide-made-with = Tehty Leadflow’lla
slide-active-customers = Aktiiviset asiakkaat
slide-band-note = mediaani ja 10–90 % ajoista
slide-expected-values = odotusarvot
slide-source = { $name } { $leads }/vk{ $season }
slide-no-sources = ei liidilähteitä
slide-sources = Lähteet: { $sources }
slide-monte-carlo = Monte Carlo, { $runs } ajoa, siemen { $seed }
slide-assumptions = { $sources }. { $starting } Alkaen { $date }, { $weeks } viikkoa, { $mode }.{ $measured }
slide-starts-empty = Alkaa tyhjästä.
slide-starts-with = Lähtötilanne: { $parts }.
slide-start-customers = { $count ->
        [one] { $shown } asiakas
       *[other] { $shown } asiakasta
    }
slide-start-open-leads = { $count ->
        [one] { $shown } avoin liidi
       *[other] { $shown } avointa liidiä
    }
slide-start-in-nurture = { $shown } kypsytyksessä

## Vaihetyypit, lähteet, työkalut, mallit ja paletti

stage-kind-funnel-step = Suppilon vaihe
stage-kind-flywheel-segment = Vauhtipyörän vaihe
stage-kind-nurture-pool = Liidien kypsytys
stage-kind-customer = Asiakas
stage-kind-brand-reach = Brändin tavoittavuus
stage-kind-lost = Menetetty
channel-ads = Mainonta
channel-seo-content = SEO/sisältö
channel-social = Some
channel-events = Tapahtumat
channel-cold-list = Kylmät kontaktit
channel-partner = Kumppanit
channel-referral = Suosittelut
channel-other = Muu
tool-category-crm = CRM
tool-category-marketing-automation = Markkinoinnin automaatio
tool-category-email = Sähköposti
tool-category-ads-platform = Mainosalusta
tool-category-webshop = Verkkokauppa-alusta
tool-category-social-media = Sosiaalinen media
tool-category-video = Video
tool-category-meeting-booking = Ajanvaraus
tool-category-e-procurement = Sähköinen hankinta
tool-category-other = Muu
transaction-model-digital-branding = Digitaalinen brändäys
transaction-model-e-commerce = Verkkokauppa
transaction-model-relationship = Suhdemalli
transaction-model-other = Muu (ostaja- tai markkinakeskeinen)
shape-funnel = Myyntisuppilo
shape-flywheel = Vauhtipyörä
shape-silo = Myyntisiilo
sales-model-inbound = Inbound-myynti
sales-model-outbound = Outbound-myynti
sales-model-account-based = Tilipohjainen myynti
sales-model-relationship-based = Suhdemyynti
sales-model-team-selling = Tiimimyynti
sales-model-high-volume-low-touch = Volyymimyynti (low-touch)
sales-model-channel = Kanavamyynti
models-line-sales = { $model }
new-stage-funnel-step = Uusi vaihe
new-stage-flywheel-segment = Uusi vaihe
new-stage-nurture-pool = Kypsytys
new-stage-customer = Asiakkaat
new-stage-brand-reach = Brändin tavoittavuus
new-stage-lost = Menetetyt
palette-stages = Vaiheet
palette-stages-hint = Vedä piirtoalueelle
palette-stage-tooltip = Lisää vaihe vetämällä se piirtoalueelle
palette-sources = Lähteet
palette-sources-hint = Vedä vaiheeseen, johon liidit tulevat
palette-source-tooltip = Lisää liidilähde vetämällä se vaiheeseen, johon sen liidit tulevat
palette-roles = Roolit
palette-roles-hint = Vedä vaiheeseen, jota rooli hoitaa
palette-role-tooltip = Liidejä henkilöä kohden viikossa: { $leads } · { $cost }/kk
palette-tools = Työkalut
palette-tools-hint = Vedä vaiheeseen
palette-tool-tooltip = { $category } · { $cost }/kk

## Päivämäärät

week-caption = Viikko { $week } · { $date }

## Suunnitelman ominaisuudet

design-inspector-name = Nimi
design-inspector-sales-model = Myyntimalli
design-inspector-shape = Muoto
design-inspector-funnel-widths = Suppilon leveys
design-inspector-funnel-widths-hint = Suppilo kapenee sen mukaan, kuinka monta liidiä kukin vaihe ottaa vastaan ja vie eteenpäin; tai kaikki vaiheet yhtä leveitä.
funnel-widths-follow-leads = Liidien mukaan
funnel-widths-equal = Yhtä leveät
design-inspector-currency = Valuutta
design-inspector-horizon = Aikajänne
design-inspector-mode = Menetelmä
design-inspector-runs = Ajot
design-inspector-seed = Siemen
design-inspector-channel = Kanava
design-inspector-leads-per-week = Liidejä viikossa
design-inspector-cost-per-week = Kustannus viikossa
design-inspector-growth-per-month = Kasvu kuukaudessa
design-inspector-enters-at = Tulee vaiheeseen
design-inspector-design = Suunnitelma
design-inspector-notes = Muistiinpanot
design-inspector-lead-sources = Liidilähteet
design-inspector-remove-source = Poista lähde
design-inspector-add-source = Lisää lähde
design-inspector-transaction-models = Transaktiomallit
design-inspector-simulation = Simulointi
design-inspector-season = Kausivaihtelu
design-inspector-starts-on = Alkaa
design-inspector-start-on-the-monday-of = Aloita kuluvan viikon maanantaista
design-inspector-when-to-choose-this-design = Milloin tämä suunnitelma kannattaa valita
design-inspector-yyyy-mm-dd = VVVV-KK-PP
design-inspector-not-a-date = ei kelvollinen päivämäärä
design-inspector-expected-values = Odotusarvot
design-inspector-monte-carlo = Monte Carlo
design-inspector-source-heading = { $name } · { $leads }/vk{ $seasonal ->
        [yes] {" "}· kausivaihtelu
       *[no] {""}
    }
design-inspector-new-source = Uusi lähde
design-inspector-weeks-suffix = {" "}viikkoa
design-inspector-missing-stage = { $stage } (puuttuu)
design-inspector-this-week = Tämä viikko

## Vaiheen ominaisuudet, kentät ja kausivaihtelu

stage-inspector-name = Nimi
stage-inspector-conversion = Konversio
stage-inspector-days-in-stage = Päiviä vaiheessa
stage-inspector-drop-outs-go-to = Pudonneet siirtyvät
stage-inspector-in-this-stage-today = Vaiheessa nyt
stage-inspector-of-them-waiting = Niistä odottaa
stage-inspector-notes = Muistiinpanot
stage-inspector-roles = Roolit
stage-inspector-tools = Työkalut
stage-inspector-what-the-stage-holds-on = Vaiheen tilanne suunnitelman alkupäivänä; simulointi alkaa tästä
stage-inspector-done-with-the-stage-but = Vaihe on käsitelty, mutta liidi odottaa vapaata tekijää (työjono)
stage-inspector-notes-for-the-meeting = Muistiinpanot palaveriin
stage-inspector-add-role = Lisää rooli…
stage-inspector-lost = Menetetyt
kind-fields-warm-up-per-week = Lämpenee viikossa
kind-fields-warmed-leads-go-to = Lämmenneet liidit siirtyvät
kind-fields-unsubscribe-per-week = Peruutukset viikossa
kind-fields-order-value = Tilausarvo
kind-fields-repeat-purchases-per-year = Uusintaostoja vuodessa
kind-fields-referrals-per-customer-per-year = Suositteluja asiakasta kohden vuodessa
kind-fields-referred-leads-go-to = Suositellut liidit siirtyvät
kind-fields-churn-per-year = Asiakaspoistuma vuodessa
kind-fields-share-becoming-organic-leads = Orgaanisten liidien osuus
kind-fields-delay = Viive
kind-fields-organic-leads-go-to = Orgaaniset liidit siirtyvät
kind-fields-not-modelled = Ei mallinnettu
season-flat = Tasainen
inspector-share-of-converters = Osuus konvertoituvista
inspector-drag-to-move-them-together = Siirrä niitä yhdessä vetämällä; Delete poistaa ne; Ctrl+D monistaa.
inspector-flow = Siirtymä
inspector-delete-flow = Poista siirtymä
suffix-days = {" "}pv
suffix-people = {" "}hlö
suffix-customers = {" "}asiakasta
suffix-addresses = {" "}osoitetta
suffix-leads = {" "}liidiä
stage-inspector-order-value-prefix = Tilausarvo:{" "}
stage-inspector-busy = käyttöaste { $percent }
stage-inspector-remove-role = Poista rooli: { $name }
season-factor-for = Kausikerroin: { $month }
season-average = keskiarvo ×{ $average } · vedä kuukauden palkkia
inspector-stages-selected = { $count ->
        [one] { $shown } vaihe valittu
       *[other] { $shown } vaihetta valittu
    }

## Piirtoalue

count-thousands = { $value } t.
stage-figures-customers = asiakkaita { $customers } · +{ $won }/vk
stage-figures-lost = menetettyjä { $lost }
stage-figures-working = vaiheessa { $leads } · eteenpäin { $onward }/vk
stage-figures-working-short = vaiheessa { $leads }
stage-figures-customers-short = asiakkaita { $customers }
stage-tag-waiting = { $waiting } odottaa
stage-tag-bottleneck = Pullonkaula · { $waiting } odottaa
stage-tag-error = virhe
stage-tag-changed = muutettu
stage-tag-measured = mitattu
stage-tag-partly-measured = osin mitattu
stage-tag-today = nyt { $count }
stage-parameters-working = { $conversion } eteenpäin · { $days } pv
stage-parameters-pool = lämpenee { $warm_up }/vk · peruu { $unsubscribe }
stage-parameters-customers = { $order_value }/tilaus
stage-parameters-reach = { $organic } orgaanisiksi liideiksi

## Lukujen alkuperä

provenance-days = { $days } pv
provenance-per-week = { $leads }/vk
provenance-measured = Mitattu: { $what ->
        [new-deals] { $count ->
            [one] { $shown } uusi kauppa
           *[other] { $shown } uutta kauppaa
        }
        [stays] { $count ->
            [one] { $shown } läpimeno
           *[other] { $shown } läpimenoa
        }
       *[deals] { $count ->
            [one] { $shown } kauppa
           *[other] { $shown } kauppaa
        }
    }, { $period } · 90 %: { $interval }{ $thin ->
        [yes] {" "}· niukka aineisto
       *[no] {""}
    }
provenance-assumed = Oletus: korvaa mitatun arvon { $measured } ({ $interval })
provenance-part-conversions = { $count ->
        [one] { $shown } vaiheen konversio
       *[other] { $shown } vaiheen konversiot
    }
provenance-part-days = { $shown } vaiheen kesto
provenance-part-sources = { $count ->
        [one] { $shown } lähteen viikoittaiset liidit
       *[other] { $shown } lähteen viikoittaiset liidit
    }
provenance-part-order-value = tilausarvo
provenance-note = Mitattu CRM-datasta (kauppoja { $deals }, { $period }): { $parts }; muut ovat oletuksia.

## Kaaviot, parannuskohteet, skenaariot, suunnitelma vs. toteuma ja esitys

plot-leads-grow-without-bound-the = Liidien määrä kasvaa rajatta: silmukka tuo enemmän kuin menettää
plot-leads-per-stage = Liidit vaiheittain
plot-in-nurture = Kypsytyksessä
plot-customers = Asiakkaat
plot-revenue-and-cost = Liikevaihto ja kustannukset
plot-where-to-improve = Parannuskohteet
plot-compare-scenarios = Vertaa skenaarioita
plot-plan-against-actual = Suunnitelma vs. toteuma
levers-no-stage-has-a-conversion = Missään vaiheessa ei ole muutettavaa konversiota, vaiheaikaa tai roolia.
levers-what-does-it-take-to = Mitä tarvitaan, jotta saadaan N asiakasta (tai liikevaihtoa R) viikkoon W mennessä?
levers-updating = päivitetään…
scenarios-scenarios = Skenaariot
scenarios-switch-to = Vaihda tähän
scenarios-remove = Poista
scenarios-keeps-this-version-and-goes = Säilyttää tämän version ja jatkaa muokkausta kopiossa, jolla on tämä nimi
scenarios-e-g-with-silo = esim. Myyntisiilon kanssa
scenarios-being-edited = muokattavana
scenarios-the-canvas-marks-what-differs = Piirtoalue korostaa erot verrattuna:
presentation-step-p-play-esc-leave = ← → siirry · P toista · Esc poistu
presentation-what-if = Entä jos…
presentation-reset = Palauta
presentation-keep-changes-in-the-design = Säilytä muutokset suunnitelmassa
presentation-play-key = P
presentation-overview = Yleiskuva
presentation-stage-of = Vaihe { $step }/{ $stages }
presentation-pause = Tauko
presentation-play = Toista
presentation-customers = Asiakkaat
presentation-leads-in-stage = Liidejä vaiheessa
presentation-moving-on = Eteenpäin viikossa
presentation-waiting = Odottaa vapaata tekijää
presentation-conversion = Konversio
presentation-time-in-stage = Aika vaiheessa
presentation-days = { $count ->
        [one] { $shown } päivä
       *[other] { $shown } päivää
    }
presentation-people = Henkilöt
presentation-tools = Työkalut
presentation-conversion-at = Konversio vaiheessa { $stage }
presentation-headcount-at = { $role }: henkilöitä vaiheessa { $stage }
presentation-effect = Asiakkaat { $date } mennessä: { $before }
presentation-effect-changed = Asiakkaat { $date } mennessä: { $before } → { $after } ({ $change })
plot-band-note = mediaani { $runs } ajosta, vaihteluväli 10–90 %
plot-active-customers = Aktiiviset asiakkaat
plot-new-customers-per-week = Uudet asiakkaat viikossa
plot-revenue-cumulative = Liikevaihto (kertymä)
plot-existing-cumulative = Nykyisiltä asiakkailta (kertymä)
plot-cost-cumulative = Kustannukset (kertymä)
plot-profit-cumulative = Voitto (kertymä)
plot-week-text = { $date } · ISO-vk { $iso_week } · suunnitelman viikko { $week }
levers-band = {" "}({ $low } – { $high })
levers-bar = asiakkaat { $customers }{ $band } · voitto { $profit }
levers-bar-hint = { $lever } vaiheessa { $stage }: asiakkaat { $customers }{ $band } ja voitto { $profit } aikajänteen loppuun mennessä. Valitse vaihe napsauttamalla.
levers-method-monte-carlo = keskiarvo { $runs } Monte Carlo -ajosta, viikset 10–90 %
levers-header = Kukin muutos yksinään nykyiseen suunnitelmaan verrattuna: asiakkaat ja voitto { $date } mennessä ({ $method })
scenarios-save-as-new = Tallenna uutena skenaariona
scenarios-active-customers = { $scenario }: aktiiviset asiakkaat
plan-actual-note = Kuhunkin vaiheeseen viikoittain tulevat kaupat: suunnitelma simuloituna { $date } alkaen (viivat) verrattuna CRM-dataan (pisteet). `leadflow backtest` mittaa osuvuuden.
plan-actual-recorded = { $series } CRM:n mukaan
plan-actual-won = Voitetut

## Valintaikkunat, vaiheet ja ehdotukset

modals-save-changes = Tallennetaanko muutokset?
modals-save = Tallenna
modals-don-t-save = Älä tallenna
modals-cancel = Peruuta
modals-new-design-from-a-template = Uusi suunnitelma pohjasta
modals-the-file-changed-on-disk = Tiedosto on muuttunut levyllä
modals-save-as = Tallenna nimellä…
modals-overwrite = Korvaa
modals-something-went-wrong = Jokin meni vikaan
modals-ok = OK
modals-keyboard-shortcuts = Pikanäppäimet
modals-close = Sulje
modals-leadflow = Leadflow
modals-design-how-your-company-sells = Suunnittele, miten yrityksesi myy, ja näe, millaisen liidivirran se tuottaa.
modals-add-the-stages-this-model = Lisätäänkö vaiheet, joita tämä malli tarvitsee?
modals-add-stages = Lisää vaiheet
modals-not-now = Ei nyt
modals-recover-unsaved-work = Palautetaanko tallentamaton työ?
modals-restore = Palauta
modals-discard = Hylkää
modals-discard-your-changes-and-open = Hylkää muutoksesi ja avaa tiedosto sellaisena kuin se nyt on
modals-your-design-is-unchanged = Suunnitelmaasi ei muutettu.
modals-they-are-placed-to-the = Ne sijoitetaan oikealle; yhdistä ne oikeisiin kohtiin.
export-dialog-export-image = Vie kuva
export-dialog-export = Vie…
export-dialog-copy-as-image = Kopioi kuvana
export-dialog-cancel = Peruuta
export-dialog-format = Muoto
export-dialog-show = Näytä
export-dialog-scale = Skaalaus
export-dialog-theme = Teema
export-dialog-background = Tausta
export-dialog-transparent = Läpinäkyvä
export-dialog-light = Vaalea
export-dialog-dark = Tumma
goal-dialog-goal-seek = Tavoitehaku
goal-dialog-close = Sulje
goal-dialog-simulating = Simuloidaan…
goal-dialog-reach = Tavoite
goal-dialog-by-week = Viikkoon mennessä
goal-dialog-solve-for = Muutettava
goal-dialog-of-stage = Vaihe
goal-dialog-confidence = Varmuus
goal-dialog-reach-it-in = Saavutetaan
goal-dialog-of-monte-carlo-runs = Monte Carlo -ajoista
goal-dialog-apply-to-design = Käytä suunnitelmassa
goal-dialog-enter = Enter
goal-dialog-how-many-active-customers-or = Kuinka monta aktiivista asiakasta tai kuinka paljon liikevaihtoa
goal-dialog-changes-the-design-to-the = Muuttaa suunnitelman vastauksen mukaiseksi; Kumoa palauttaa sen
goal-dialog-what-does-it-take-to = Mitä tavoitteen saavuttaminen tiettyyn viikkoon mennessä vaatii?
goal-dialog-the-design-changed-since-the = Suunnitelma on muuttunut edellisen vastauksen jälkeen: ratkaise uudelleen.
goal-dialog-the-goal-changed-since-the = Tavoite on muuttunut edellisen vastauksen jälkeen: ratkaise uudelleen.
goal-dialog-solve = Ratkaise
wizard-dialog-new-design-from-four-questions = Uusi suunnitelma neljän kysymyksen pohjalta
wizard-dialog-create-design = Luo suunnitelma
wizard-dialog-cancel = Peruuta
wizard-dialog-name = Nimi
crm-dialog-cancel = Peruuta
crm-dialog-export-file = Vientitiedosto
crm-dialog-browse = Selaa…
crm-dialog-pipeline = Myyntiputki
crm-dialog-count-open-deals-on = Avoimet kaupat päivältä
crm-dialog-dates-like-03-04-2026 = Päivämäärät muotoa 03/04/2026
crm-dialog-nothing-match-at-least-one = Ei mitään: yhdistä vähintään yksi vaihe.
crm-dialog-path-to-deals-csv = /polku/deals.csv
crm-dialog-when-the-export-holds-several = jos viennissä on useita
crm-dialog-the-export-s-last-date = viennin viimeinen päivä
crm-dialog-name-the-columns-leadflow-does = Nimeä sarakkeet, joita Leadflow ei tunnista, ja valitse sitten Lue uudelleen.
crm-dialog-match-the-export-s-stages = Yhdistä viennin vaiheet tämän suunnitelman vaiheisiin
crm-dialog-what-changes-today-measured-90 = Mikä muuttuu (nyt → mitattu, 90 %:n luottamusväli)
crm-dialog-read = Lue
crm-dialog-columns-of-an-event-log = Sarakkeet (tapahtumaloki tai muun kielinen vienti)
crm-dialog-recognised = Tunnistettu
crm-dialog-not-matched = Ei yhdistetty
command-palette-type-to-search-save-goal = hae kirjoittamalla: tallenna, tavoite, kvalifioi…
command-palette-find-a-command-or-a = Etsi komento tai vaihe
command-palette-nothing-matches = Ei osumia.
chrome-no-recent-files = Ei viimeaikaisia tiedostoja
chrome-nothing-to-report-the-design = Ei huomautettavaa: suunnitelma on valmis.
chrome-findings = Havainnot
modals-unsaved-text = Suunnitelmassa ”{ $name }” on tallentamattomia muutoksia. Ne menetetään, jos jatkat tallentamatta.
modals-changed-on-disk-text = Toinen ikkuna tai ohjelma on muuttanut tiedostoa { $file } sen jälkeen, kun avasit sen. Jos tallennat nyt, omat muutoksesi korvaavat ne.
modals-reload = Lataa uudelleen
modals-shortcut-or = {"  "}tai{"  "}
shortcut-nudge = Siirrä valintaa hieman
shortcut-nudge-keys = Nuolinäppäimet (Shift: 1 yksikkö)
shortcut-pan = Siirrä näkymää
shortcut-pan-keys = Välilyönti + veto, veto keskipainikkeella tai vieritys
shortcut-zoom = Zoomaa
shortcut-zoom-keys = Ctrl + vieritys
shortcut-rename = Nimeä vaihe uudelleen
shortcut-rename-keys = Kaksoisnapsauta vaihetta
shortcut-add-flow = Lisää siirtymä
shortcut-add-flow-keys = Vedä vaiheen +-kahvasta
shortcut-cancel-drag = Peruuta veto
shortcut-cancel-drag-keys = Esc
modals-version = Versio { $version }
modals-recover-not-saved = vielä tallentamaton suunnitelma
modals-recover-text = Leadflow suljettiin, kun suunnitelmassa ”{ $name }” ({ $file }) oli tallentamattomia muutoksia. Palautetaanko ne? Ne säilyvät palautustiedostossa, kunnes tallennat ne.
step-prospect = Prospektoi
step-make-contact = Ota yhteyttä
step-qualify = Kvalifioi
step-research = Tutkimus
step-present = Esittele
step-close = Päätä kauppa
step-first-check-in = Ensimmäinen seuranta
step-upsell = Lisämyynti
step-identify-target-account = Kohdeasiakkaan tunnistaminen
step-build-stakeholder-list = Sidosryhmäluettelon laatiminen
step-compile-initial-strategy = Alustavan strategian kokoaminen
step-landing-page = Laskeutumissivu
stage-name-capture = Yhteystietojen keruu
offer-inbound = Inbound-myynti: liidit tulevat luoksesi, ja prosessi alkaa, kun inbound-myyjät kvalifioivat ne.
offer-outbound = Outbound-myynti: myyjät ottavat ensimmäisen yhteyden listoilta, joilla olevat henkilöt vastaavat ostajaprofiilia.
offer-relationship-based = Suhdemyynti: suurin osa liikevaihdosta tulee nykyisiltä asiakkailta, joten prosessi ei saa päättyä vaiheeseen Päätä kauppa.
offer-team-selling = Tiimimyynti: Kvalifioi-vaiheen jälkeen liiketoiminta-analyytikko, markkinointikoordinaattori ja myyjä tutkivat asiakkaan ennen kuin asiakkuuspäällikkö pitää esityksen.
offer-account-based = Tilipohjainen myynti: huolella valitut kohdeasiakkaat, kaikkien vaikutusvaltaisten sidosryhmien tavoittaminen ja taustatyö ennen ensimmäistä puhelua.
offer-relationship-model = Suhdemalli pitää henkilöt, joiden ostoaie on vielä vähäinen, kypsytyksessä ja viestii heille ajan mittaan.
offer-digital-branding = Digitaalinen brändäys tavoittaa ihmisiä tallentamatta heidän yhteystietojaan; parhaimmillaan pieni osa palaa viiveellä orgaanisina liideinä.
offer-e-commerce = Verkkokauppa ohjaa mainoksesta tai artikkelista sivulle, jolla konversio tapahtuu.

## Aloitussuunnitelmat (niiden nimet, muistiinpanot, vaiheet ja lähteet sellaisina kuin ne luodaan)

template-account-based-name = Tilipohjainen myynti
template-account-based-notes = Valitse tilipohjainen myynti, kun muutama suuri asiakas on ratkaiseva ja kussakin moni vaikuttaa päätökseen. Tarkkuutta kylmien listojen sijaan, jokainen sidosryhmä tavoitetaan eikä vakiomyyntipuhetta käytetä: taustatyö tehdään ennen ensimmäistä puhelua.
template-account-based-stage-build-stakeholder-list = Sidosryhmäluettelon laatiminen
template-account-based-stage-close = Päätä kauppa
template-account-based-stage-compile-initial-strategy = Alustavan strategian kokoaminen
template-account-based-stage-customers = Asiakkaat
template-account-based-stage-identify-target-account = Kohdeasiakkaan tunnistaminen
template-account-based-stage-make-contact = Ota yhteyttä
template-account-based-stage-make-contact-notes = Henkilökohtainen yhteydenotto ensimmäisiin sidosryhmiin.
template-account-based-stage-present = Esittele
template-account-based-source-target-accounts = Kohdeasiakkaat ihanneasiakasprofiilin pohjalta
template-account-based-title = Tilipohjainen myynti
template-account-based-subtitle = Harvat asiakkaat, kaikki sidosryhmät, ei vakiomyyntipuhetta
template-classic-funnel-name = Perinteinen myyntisuppilo
template-classic-funnel-notes = Valitse perinteinen myyntisuppilo, kun useimmat ostajat löytävät sinut kampanjoiden ja haun kautta ja ostavat muutamassa viikossa. Jokainen vaihe kaventaa yleisöä: Tietoisuus (kampanjat, haku, videot, blogit), Harkinta (uutiskirjeet, e-kirjat, asiakastarinat), Konversio (asiakaskokemukset, kampanjatarjous). Korjattava vaihe on se, jossa kiinnostus hiipuu.
template-classic-funnel-stage-awareness = Tietoisuus
template-classic-funnel-stage-awareness-notes = Somekampanjat, hakukonemarkkinointi, videot ja blogit.
template-classic-funnel-stage-consideration = Harkinta
template-classic-funnel-stage-consideration-notes = Uutiskirjeet, e-kirjat ja asiakastarinat tarjouksia vertaileville.
template-classic-funnel-stage-conversion = Konversio
template-classic-funnel-stage-conversion-notes = Asiakaskokemukset ja kampanjatarjous tukevat ostopäätöstä.
template-classic-funnel-stage-customers = Asiakkaat
template-classic-funnel-source-search-ads = Hakusanamainonta
template-classic-funnel-source-seo-content = SEO ja blogi
template-classic-funnel-source-social = Sosiaalinen media
template-classic-funnel-title = Myyntisuppilomme
template-classic-funnel-subtitle = Tietoisuus → Harkinta → Konversio
template-digital-branding-name = Pelkkä digitaalinen brändäys
template-digital-branding-notes = Pelkkä digitaalinen brändäys levittää sisältöä sosiaalisessa mediassa, mainoksissa ja kampanjoissa ilman yhteyttä ostoon ja ilman keinoa jatkaa vuoropuhelua. Se vaatii suurta intensiteettiä, on vaikeasti mitattavaa ja tuottaa parhaimmillaan pienen, viiveellä tulevan orgaanisten liidien virran. Vertaa sitä myyntisiiloon, ennen kuin käytät rahaa.
template-digital-branding-stage-brand-reach = Brändin tavoittavuus
template-digital-branding-stage-brand-reach-notes = Tavoitettuja ihmisiä ei saada talteen: ketään ei voi tunnistaa.
template-digital-branding-stage-contact-request = Yhteydenottopyyntö
template-digital-branding-stage-contact-request-notes = Ne harvat, jotka muistavat meidät ja ottavat yhteyttä.
template-digital-branding-stage-customers = Asiakkaat
template-digital-branding-source-social-campaign = Somekampanja
template-digital-branding-source-video-ads = Videomainonta
template-digital-branding-title = Pelkkä digitaalinen brändäys
template-digital-branding-subtitle = Tavoittavuutta ilman talteenottoa
template-e-commerce-entry-offer-name = Verkkokauppa ja tutustumistarjous
template-e-commerce-entry-offer-notes = Valitse verkkokauppa ja tutustumistarjous, kun monimutkaisen palvelun voi paketoida joksikin, mikä on helppo ostaa verkosta ensimmäisellä kerralla, kuten kiinteähintaiseksi työpajaksi. Jokainen vaihe on mitattavissa, joten sitä voi optimoida faktojen pohjalta. Suunnitelma alkaa kuten uusi yritys: asiakkaita ei vielä ole eikä myyntiputkessa ole mitään.
template-e-commerce-entry-offer-stage-checkout = Kassa
template-e-commerce-entry-offer-stage-customers = Tutustumistarjouksen asiakkaat
template-e-commerce-entry-offer-stage-landing-page = Laskeutumissivu
template-e-commerce-entry-offer-stage-landing-page-notes = Yksi sivu, yksi tarjous, yksi painike.
template-e-commerce-entry-offer-source-search-ads = Hakusanamainonta
template-e-commerce-entry-offer-source-seo = Orgaaninen haku
template-e-commerce-entry-offer-source-social-ads = Somemainonta
template-e-commerce-entry-offer-title = Verkkokauppa ja tutustumistarjous
template-e-commerce-entry-offer-subtitle = Helppo ostaa ensimmäisellä kerralla
template-flywheel-name = Vauhtipyörä
template-flywheel-notes = Valitse vauhtipyörä, kun ilahtuneet asiakkaat ovat parhaita myyjiäsi: uusintaostot ja suosittelut tuovat uusia liidejä takaisin Houkuttele-vaiheeseen. Ensimmäinen osto on vasta puolimatkassa; tuotteen laatu ja myynninjälkeinen palvelu (toimitus, reklamaatiot, tarjoukset palaaville asiakkaille) pitävät pyörän pyörimässä.
template-flywheel-stage-attract = Houkuttele
template-flywheel-stage-attract-notes = Johdonmukainen viestintä, näkyvyys somessa ja vaikuttajat.
template-flywheel-stage-delight = Ilahduta
template-flywheel-stage-delight-notes = Oston jälkeen: nopea toimitus, hyvä reklamaatioiden käsittely ja tarjoukset palaaville asiakkaille.
template-flywheel-stage-engage = Sitouta
template-flywheel-stage-engage-notes = Osoita, että tarjous ratkaisee asiakkaan ongelman: verkkosivuston käyttökokemus ja yksityiskohtainen tieto.
template-flywheel-source-influencers = Vaikuttajayhteistyöt
template-flywheel-source-social = Sosiaalinen media
template-flywheel-title = Vauhtipyörämme
template-flywheel-subtitle = Houkuttele → Sitouta → Ilahduta; suosittelut palaavat Houkuttele-vaiheeseen
template-inbound-name = Inbound-myynti
template-inbound-notes = Valitse inbound, kun useimmat liidit tulevat luoksesi: mainokset, haku ja sisältö saavat kävijät täyttämään lomakkeen, ja inbound-myyjät kvalifioivat heidät. Prosessi alkaa Kvalifioi-vaiheesta; työ on oikeiden kävijöiden houkuttelemisessa ja nopeassa vastaamisessa.
template-inbound-stage-close = Päätä kauppa
template-inbound-stage-customers = Asiakkaat
template-inbound-stage-present = Esittele
template-inbound-stage-qualify = Kvalifioi
template-inbound-stage-qualify-notes = Soita takaisin vuorokauden sisällä; tarkista tarve, budjetti ja aikataulu.
template-inbound-source-search-ads = Hakusanamainonta
template-inbound-source-webinars = Webinaarit
template-inbound-source-website-forms = Verkkosivun lomakkeet (SEO ja sisältö)
template-inbound-title = Inbound-myynti
template-inbound-subtitle = Liidit tulevat meille; kvalifioimme ne nopeasti
template-outbound-name = Outbound-myynti
template-outbound-notes = Valitse outbound, kun tiedät tarkalleen, kenen pitäisi ostaa, eivätkä he löydä sinua itse: myyjät ottavat ensimmäisen yhteyden kylmäsoitolla, kylmäsähköpostilla, sosiaalisessa mediassa tai verkostoitumalla listoilta, joilla olevat henkilöt vastaavat ostajaprofiilia. Ensimmäiset vaiheet ovat Prospektoi ja Ota yhteyttä.
template-outbound-stage-close = Päätä kauppa
template-outbound-stage-customers = Asiakkaat
template-outbound-stage-make-contact = Ota yhteyttä
template-outbound-stage-make-contact-notes = Kylmäsoitot, kylmäsähköpostit ja sosiaalinen myynti; useita yhteydenottoyrityksiä liidiä kohden.
template-outbound-stage-present = Esittele
template-outbound-stage-prospect = Prospektoi
template-outbound-stage-prospect-notes = Tarkista jokainen listan nimi ostajaprofiilia vasten.
template-outbound-stage-qualify = Kvalifioi
template-outbound-source-cold-list = Ostettu kontaktilista
template-outbound-source-networking = Verkostoituminen ja LinkedIn
template-outbound-title = Outbound-myynti
template-outbound-subtitle = Prospektoi → Ota yhteyttä → Kvalifioi → Esittele → Päätä kauppa
template-relationship-b2b-with-entry-offer-name = B2B-suhdemyynti ja verkkokaupan tutustumistarjous
template-relationship-b2b-with-entry-offer-notes = Valitse tämä yhdistelmä, kun päämyyntisi on räätälöity B2B-palvelu mutta tutustumistarjouksen voi myydä verkossa: verkkokauppa saa talteen ostajat jo ostopolun alkuvaiheessa, ei vain niitä 3 %, jotka ovat valmiita nyt, ja suhdemalli kypsyttää kaikkia muita, kunnes he ovat valmiita keskustelemaan myyjän kanssa.
template-relationship-b2b-with-entry-offer-stage-close = Päätä kauppa
template-relationship-b2b-with-entry-offer-stage-customers = Asiakkaat
template-relationship-b2b-with-entry-offer-stage-customers-notes = Asiakkuuden hoito; uusintaostot ovat lisämyyntiä.
template-relationship-b2b-with-entry-offer-stage-entry-offer = Tutustumistarjous
template-relationship-b2b-with-entry-offer-stage-entry-offer-notes = Verkosta ostettava kiinteähintainen työpaja; sen tuotoilla katetaan mainonta, eikä sitä lasketa tähän.
template-relationship-b2b-with-entry-offer-stage-landing-page = Laskeutumissivu
template-relationship-b2b-with-entry-offer-stage-landing-page-notes = Tarjoaa tutustumistyöpajan ja oppaan sähköpostitilausta vastaan; pelkän tilauksen tehneet siirtyvät siiloon.
template-relationship-b2b-with-entry-offer-stage-nurture = Kypsytyssiilo
template-relationship-b2b-with-entry-offer-stage-nurture-notes = Uutiskirje ja sähköpostisarja, jotka päättyvät toimintakehotukseen.
template-relationship-b2b-with-entry-offer-stage-present = Esittele
template-relationship-b2b-with-entry-offer-stage-qualify = Kvalifioi
template-relationship-b2b-with-entry-offer-source-linkedin = LinkedIn-sisältö
template-relationship-b2b-with-entry-offer-source-search-ads = Hakusanamainonta
template-relationship-b2b-with-entry-offer-title = B2B-suhdemyynti ja tutustumistarjous
template-relationship-b2b-with-entry-offer-subtitle = Verkkokauppa ensimmäiseen ostoon, suhde kaikkeen muuhun
template-relationship-based-name = Suhdemyynti
template-relationship-based-notes = Valitse suhdemyynti, kun lähes kaikki liikevaihto tulee nykyisiltä asiakkailta: myyjät käyttävät enemmän aikaa asiakkuuksien hoitoon kuin prospektointiin, joten prosessi ei pääty vaiheeseen Päätä kauppa. Jokaista kauppaa seuraavat Ensimmäinen seuranta ja Lisämyynti. Suunnitelma lähtee yrityksen nykyisistä 320 asiakkaasta ja avoimesta myyntiputkesta, ja niiden uusintatilaukset eli nykyisten asiakkaiden liikevaihto näytetään erillään uusmyynnistä.
template-relationship-based-stage-close = Päätä kauppa
template-relationship-based-stage-customers = Asiakkaat
template-relationship-based-stage-customers-notes = Asiakkuuden hoito: säännölliset yhteydenotot; uusintaostot ovat lisämyyntiä.
template-relationship-based-stage-first-check-in = Ensimmäinen seuranta
template-relationship-based-stage-first-check-in-notes = Soitto kaksi viikkoa toimituksen jälkeen: onko kaikki niin kuin luvattiin?
template-relationship-based-stage-make-contact = Ota yhteyttä
template-relationship-based-stage-present = Esittele
template-relationship-based-stage-prospect = Prospektoi
template-relationship-based-stage-qualify = Kvalifioi
template-relationship-based-stage-upsell = Lisämyynti
template-relationship-based-stage-upsell-notes = Käykää tarpeet läpi yhdessä; ehdota seuraavaa askelta.
template-relationship-based-source-cold-list = Kohdelista
template-relationship-based-source-events = Alan tapahtumat
template-relationship-based-title = Suhdemyynti
template-relationship-based-subtitle = Kauppa on suhteen alku
template-sales-silo-name = Myyntisiilo
template-sales-silo-notes = Valitse myyntisiilo, kun ihmiset ostavat hyvin eri tahtiin ja liidi, joka ei ole valmis tänään, voi olla sitä ensi neljänneksellä. Kukaan ei putoa suppilon reikien läpi: jokainen mahdollinen asiakas pysyy siilossa ja saa kevyttä, relevanttia sähköpostiviestintää, ja kuumat liidit nostetaan henkilökohtaiseen yhteydenottoon.
template-sales-silo-stage-capture = Yhteystietojen keruu
template-sales-silo-stage-capture-notes = E-kirjojen lataukset ja webinaari-ilmoittautumiset: sähköpostiosoite on digitaalinen käyntikortti.
template-sales-silo-stage-close = Päätä kauppa
template-sales-silo-stage-customers = Asiakkaat
template-sales-silo-stage-present = Esittele
template-sales-silo-stage-qualify = Kvalifioi
template-sales-silo-stage-qualify-notes = Inbound-myyjät soittavat lämpimille liideille.
template-sales-silo-stage-silo = Kypsytyssiilo
template-sales-silo-stage-silo-notes = Kuukausittainen uutiskirje ja lyhyt sähköpostisarja; liidien pisteytys nostaa kuumat liidit esiin.
template-sales-silo-source-linkedin-ads = LinkedIn-mainonta
template-sales-silo-source-seo-content = SEO ja sisältö
template-sales-silo-source-webinars = Webinaarit
template-sales-silo-title = Myyntisiilomme
template-sales-silo-subtitle = Kukaan ei putoa suppilosta: siilo pitää liidit lämpiminä
template-team-selling-name = Tiimimyynti
template-team-selling-notes = Valitse tiimimyynti, kun jokaiseen kauppaan osallistuu useita ihmisiä: SDR kvalifioi ja luovuttaa asiakkuuspäällikölle, liiketoiminta-analyytikko ja markkinointikoordinaattori selvittävät asiakkaan tilanteen, ja asiakasmenestys tulee mukaan käyttöönottoon. CRM-ohjelmisto, jossa tiimi näkee jokaisen asiakkuuden historian, on välttämätön.
template-team-selling-stage-close = Päätä kauppa
template-team-selling-stage-customers = Asiakkaat
template-team-selling-stage-make-contact = Ota yhteyttä
template-team-selling-stage-present = Esittele
template-team-selling-stage-qualify = Kvalifioi
template-team-selling-stage-qualify-notes = SDR kvalifioi ja luovuttaa sitten asiakkuuspäällikölle.
template-team-selling-stage-research = Tutkimus
template-team-selling-stage-research-notes = Analyytikko: asiakkaan toimiala ja markkina. Markkinointi: sidosryhmille merkityksellinen sisältö. Myyjä: mitkä muut yritykset voisivat olla kiinnostuneita.
template-team-selling-source-cold-list = Kohdelista
template-team-selling-source-website-forms = Verkkosivun lomakkeet
template-team-selling-title = Tiimimyynti
template-team-selling-subtitle = SDR → asiakkuuspäällikkö, tukena tutkimus ja asiakasmenestys

## Roolien ja työkalujen luettelo

catalogue-role-sdr = SDR
catalogue-role-account-executive = Asiakkuuspäällikkö
catalogue-role-account-executive-short = AE
catalogue-role-marketing-coordinator = Markkinointikoordinaattori
catalogue-role-marketing-coordinator-short = Mark.koord.
catalogue-role-business-analyst = Liiketoiminta-analyytikko
catalogue-role-business-analyst-short = Analyytikko
catalogue-role-content-creator = Sisällöntuottaja
catalogue-role-content-creator-short = Sisältö
catalogue-role-seo-sem-specialist = SEO/SEM-asiantuntija
catalogue-role-seo-sem-specialist-short = SEO/SEM
catalogue-role-customer-success = Asiakasmenestys
catalogue-role-customer-success-short = CS
catalogue-role-support = Asiakastuki
catalogue-tool-crm = CRM
catalogue-tool-marketing-automation = Markkinoinnin automaatio
catalogue-tool-marketing-automation-short = Automaatio
catalogue-tool-email = Sähköposti
catalogue-tool-ads-platform = Mainosalusta
catalogue-tool-webshop = Verkkokauppa-alusta
catalogue-tool-social-media = Sosiaalinen media
catalogue-tool-video = Video
catalogue-tool-meeting-booking = Ajanvaraus
catalogue-tool-e-procurement = Sähköinen hankinta
catalogue-tool-meeting-booking-short = Ajanvaraus

## Ohjattu aloitus ja muut valintaikkunat

wizard-1-where-do-most-leads = 1. Mistä useimmat liidit tulevat?
wizard-they-come-to-us-ads = Ne tulevat meille: mainokset, haku, sisältö
wizard-we-reach-out-cold-lists = Me otamme yhteyttä: kylmät listat, puhelut, sähköposti, verkostoituminen
wizard-both-in-similar-measure = Molemmista suunnilleen yhtä paljon
wizard-2-how-much-of-your = 2. Kuinka suuri osa liikevaihdostasi tulee nykyisiltä asiakkailta?
wizard-3-how-many-of-your = 3. Kuinka moni ihmisistäsi osallistuu kuhunkin kauppaan?
wizard-4-do-you-pitch-one = 4. Esitteletkö tarjouksesi kohdeasiakkaalla yhdelle vai usealle henkilölle?
wizard-one-person-decides = Yksi henkilö päättää
wizard-many-stakeholders-influence-the-decision = Useat sidosryhmät vaikuttavat päätökseen
wizard-a-typical-first-order-and = Tyypillinen ensitilaus ja ostoprosessin kesto
wizard-how-do-your-customers-buy = Miten asiakkaasi ostavat? (ei valintaa: Leadflow ehdottaa)
wizard-customers-today = Asiakkaita nyt
wizard-recommended = Suositus: { $model }
wizard-why-account-based = Kohdeasiakkaissasi useat sidosryhmät vaikuttavat jokaiseen päätökseen: tilipohjainen myynti valitsee asiakkaat huolella ja tavoittaa jokaisen sidosryhmän taustatyöhön perustuvalla, henkilökohtaisella otteella.
wizard-why-team-selling = Jokaiseen kauppaan osallistuu kolme tai useampi ihmisistäsi: tiimimyynti, jossa SDR luovuttaa kvalifioidut liidit asiakkuuspäällikölle, taustatyö tehdään ennen esittelyä ja koko tiimi käyttää yhteistä CRM-ohjelmistoa.
wizard-why-relationship-based = Suurin osa liikevaihdostasi tulee nykyisiltä asiakkailta: suhdemyynti, jossa prosessi jatkuu Päätä kauppa -vaiheen jälkeen ensimmäisellä seurannalla ja lisämyynnillä.
wizard-why-inbound = Useimmat liidit tulevat luoksesi mainosten, haun ja sisällön kautta: inbound-myynti, jossa prosessi alkaa, kun myyjät kvalifioivat ne.
wizard-why-outbound = Myyjäsi ottavat ensimmäisen yhteyden listoilta, joilla olevat henkilöt vastaavat ostajaprofiiliasi: outbound-myynti, joka alkaa vaiheilla Prospektoi ja Ota yhteyttä.
wizard-default-name = Myyntiprosessimme
wizard-target-account-list = Kohdeasiakaslista
wizard-transactions = Transaktiomallit: { $models }.
wizard-why-nurture-pool = Liidien kypsytys pitää talteen liidit, jotka eivät ole vielä valmiita.
wizard-why-brand-reach = Brändin tavoittavuus tuo pienen osan takaisin viiveellä orgaanisina liideinä.

## Tavoitehaku, vienti, CRM-ikkuna ja tiedostot

goal-dialog-customers = Asiakkaat
goal-dialog-ending = päättyy { $date }
goal-dialog-headcount = Henkilömäärä
goal-dialog-judge-by-runs = Arvioi { $runs } Monte Carlo -ajon perusteella odotusarvojen sijaan
goal-dialog-today = nyt { $reached } { $date } mennessä
goal-dialog-no-role = Missään vaiheessa ei ole roolia, johon lisätä henkilöitä.
goal-dialog-no-conversion = Missään vaiheessa ei ole muutettavaa konversiota.
export-dialog-pixels = { $width } × { $height } pikseliä
export-dialog-vectors = Vektorit: terävä missä tahansa koossa
export-dialog-only-selected = Vain valitut vaiheet
chrome-open-recent = Avaa viimeaikainen
export-format-png = PNG-kuva
export-format-svg = SVG-vektorikuva
export-format-pdf = PDF-asiakirja
export-layout-diagram = Kaavio
export-layout-slide = Dia (16:9)
crm-dialog-not-a-date = ”{ $text }” ei ole päivämäärä muodossa 2026-11-30 (VVVV-KK-PP)
crm-dialog-title-new = Uusi suunnitelma CRM-viennistä
crm-dialog-title-calibrate = Kalibroi CRM-viennistä
crm-dialog-intro = Tapahtumaloki (CSV) tai HubSpotin, Pipedriven tai Salesforcen kaupat sellaisina kuin ne viedään (CSV tai XLSX). Kauppojen nimiä ja omistajia ei tallenneta.
crm-dialog-name-columns-hint = Nimeä tässä ikkunassa sarakkeet yllä kohdassa ”Tapahtumalokin sarakkeet” ja valitse Lue uudelleen.
crm-dialog-stale = Asetukset ovat muuttuneet viennin lukemisen jälkeen: ota ne käyttöön valitsemalla Lue uudelleen.
crm-dialog-imported-pipeline = Tuotu myyntiputki
crm-field-case = Kauppa (tapauksen tunnus)
crm-field-stage = Vaihe
crm-field-time = Vaiheeseen tuloaika
crm-field-source = Lähde
crm-field-amount = Summa
crm-field-outcome = Lopputulos
crm-field-created = Luotu
crm-slash-decide = Päättele sarakkeesta
crm-slash-day-first = Päivä ensin (3. huhtikuuta)
crm-slash-month-first = Kuukausi ensin (4. maaliskuuta)
crm-dialog-plan-starts = Suunnitelma alkaa { $date } (päivä, jolta avoimet kaupat laskettiin).
crm-dialog-keeps-actuals = Suunnitelmaan tallennetaan { $weeks } viikon toteumat { $date } alkaen näkymää ”Suunnitelma vs. toteuma” varten; ne korvaavat aiemmin tallennetut.
crm-dialog-open-deals = avoimia kauppoja { $deals }
file-dialog-read-a-crm-export = Lue CRM-vienti
file-dialog-crm-export = CRM-vienti
file-dialog-open-design = Avaa suunnitelma
file-dialog-leadflow-design = Leadflow-suunnitelma
file-dialog-image-exported-by-leadflow = Leadflow’lla viety kuva
file-dialog-save-design = Tallenna suunnitelma
file-dialog-export-image = Vie kuva
file-dialog-open = Avaa
file-dialog-save = Tallenna
file-dialog-cancel = Peruuta
file-dialog-refresh = Päivitä
file-dialog-parent-folder = Kansio ylöspäin
file-dialog-file = Tiedosto:
file-dialog-show-hidden = Näytä piilotiedostot
file-dialog-replace = ”{ $name }” on jo olemassa. Korvataanko se?
file-dialog-replace-it = Korvaa
file-dialog-no-system = Tässä tietokoneessa ei ole omaa tiedostoikkunaa (ei työpöytäportaalia eikä zenityä), joten Leadflow näyttää omansa. Näytä → Leadflow’n oma tiedostoikkuna tekee siitä oletuksen.
document-unsaved-design = Tallentamaton suunnitelma
palette-stage-item = Vaihe: { $name }
app-no-template = pohjaa ”{ $name }” ei ole
app-autosave-failed = Automaattinen tallennus epäonnistui: { $error }

## Havainnot, korjaukset, kumottavat toiminnot, parannuskohteet ja tavoitehaku

fix-add-capture = Lisää yhteystietojen keruun vaihe
fix-add-nurture-pool = Lisää liidien kypsytys
fix-add-model-stages = Lisää myynnin jälkeiset vaiheet
fix-add-crm = Lisää CRM jokaiseen vaiheeseen
fix-add-person = Lisää yksi henkilö
fix-add-sdr = Miehitä vaihe SDR:llä
finding-branding-without-capture = { $stage }: ihmiset tavoitetaan, mutta heitä ei saada talteen, joten vuoropuhelua ei voi jatkaa. Yhteystietojen keruun vaihe (rekisteröityminen ja sähköpostiseuranta) muuttaa tavoittavuuden liideiksi.
finding-drops-without-pool = Prosessi pudottaa { $percent } liideistään ja menettää ne: liidien kypsytys pitäisi ne lämpiminä, kunnes ne ovat valmiita.
finding-relationship-without-post-sale = Suhdemyynti, mutta prosessi päättyy vaiheeseen Päätä kauppa: lisää { $stages }, jotta asiakkaita hoidetaan myös kaupan jälkeen.
finding-and = {" "}ja{" "}
finding-team-selling-without-crm = Tiimimyynti ilman CRM-ohjelmistoa: tiimi tarvitsee yhden paikan, jossa kommentoida jokaista asiakkuutta ja nähdä sen historia.
finding-inbound-starts-with-prospecting = { $stage }: inbound-suunnitelma alkaa siitä, missä liidit tulevat luoksesi, eli Kvalifioi-vaiheesta; prospektointi on outbound-työtä.
finding-one-more-person = {" "}Yksi henkilö lisää: asiakkaita { $gain } { $date } mennessä.
finding-roles-cannot-keep-up = { $stage }: vaiheen henkilöt eivät ehdi käsitellä kaikkea; { $date } mennessä jonossa odottaa { $backlog } liidiä.{ $effect }
finding-stage-without-role = { $stage }: kukaan ei hoida tätä vaihetta; simulointi olettaa rajattoman kapasiteetin.
finding-source-costs-more = { $source }: noin { $cost } voitettua asiakasta kohden, enemmän kuin ensitilauksen arvo { $order_value }.
change-edit = Muokkaus
change-move-stages = Vaiheiden siirto
change-nudge = Pieni siirto
change-rename-stage = Vaiheen nimen muutos
change-add-stage = Vaiheen lisäys
change-delete = Poisto
change-cut = Leikkaus
change-paste = Liittäminen
change-duplicate = Monistaminen
change-add-flow = Siirtymän lisäys
change-delete-flow = Siirtymän poisto
change-change-flow-share = Siirtymän osuuden muutos
change-attach-role = Roolin liittäminen
change-attach-tool = Työkalun liittäminen
change-add-role = Roolin lisäys
change-remove-role = Roolin poisto
change-change-tools = Työkalujen muutos
change-add-source = Lähteen lisäys
change-remove-source = Lähteen poisto
change-change-conversion = Konversion muutos
change-change-days-in-stage = Vaiheen keston muutos
change-change-today = Vaiheen nykytilanteen muutos
change-change-sales-model = Myyntimallin muutos
change-change-transaction-models = Transaktiomallien muutos
change-add-implied-stages = Mallin edellyttämien vaiheiden lisäys
change-arrange-funnel = Järjestäminen myyntisuppiloksi
change-arrange-flywheel = Järjestäminen vauhtipyöräksi
change-add-scenario = Skenaarion lisäys
change-switch-scenario = Skenaarion vaihto
change-remove-scenario = Skenaarion poisto
change-goal-seek = Tavoitehaku
change-calibrate = Kalibrointi
change-keep-what-if = Entä jos -muutosten säilytys
change-apply-fix = Korjaus
lever-conversion = +10 % konversio
lever-time-in-stage = −10 % vaiheen kesto
lever-one-person = +1 henkilö
lever-label = { $stage }: { $lever }
goal-out-of-reach = ei saavutettavissa: edes { $value } tuottaa viikkoon { $week } mennessä vain { $reached }
goal-too-uncertain = ei saavutettavissa: edes { $value } riittää viikkoon { $week } mennessä vain { $percent } ajoista
goal-stopped = keskeytyi ennen kuin vastaus löytyi
goal-no-sources = suunnitelmassa ei ole liidilähteitä, joita skaalata
goal-no-stage = vaihetta ”{ $stage }” ei ole
goal-no-role = vaiheessa ”{ $stage }” ei ole roolia, johon lisätä henkilöitä
goal-nothing-to-change = ei muutettavaa
goal-customers-value = { $customers } asiakasta
goal-leads-value = yhteensä { $leads } liidiä viikossa
goal-conversion-value = konversio { $conversion }
goal-people-value = { $people } henkilöä
goal-answer-leads = yhteensä { $leads } liidiä viikossa (nyt { $today })
goal-answer-conversion = konversio { $conversion } vaiheessa { $stage } (nyt { $today })
goal-answer-people = { $people } henkilöä vaiheessa { $stage } (nyt { $today })
goal-answer = Tavoite { $wanted } viikkoon { $week } ({ $date }) mennessä: { $what }.
goal-answer-share = {" "}Monte Carlo -ajoista (yhteensä { $runs }) { $percent } saavuttaa tavoitteen.

## Tarkistus

validate-delays = brändin tavoittavuus: viiveet ovat yhteensä { $days } päivää, enemmän kuin suunnitelmassa sallitut { $max }
validate-scenario-part = skenaario ”{ $scenario }”: { $part }
validate-rate-not-number = { $what }: { $field } on { $value }, ei luku väliltä 0–1
validate-rate-outside = { $what }: { $field } { $value } on välin 0..1 ulkopuolella
validate-not-finite = { $what }: { $field } on { $value }, ei äärellinen luku
validate-negative = { $what }: { $field } { $value } on negatiivinen
validate-above-limit = { $what }: { $field } { $value } ylittää rajan { $max }
evidence-not-finite = mitatun arvon ja välin on oltava äärellisiä lukuja
evidence-outside-interval = väli { $low }..{ $high } ei sisällä mitattua arvoa { $measured }
evidence-too-many-deals = se perustuu { $deals } kauppaan, enemmän kuin tuonti lukee ({ $max })
evidence-period-reversed = jakso alkaa ({ $from }) vasta päättymisensä ({ $to }) jälkeen
actuals-too-many-weeks = toteuma kattaa { $weeks } viikkoa; suunnitelma säilyttää enintään { $max }
validate-evidence-broken = { $what }: kentän { $field } mittaustieto on virheellinen: { $problem }
validate-too-long = { $what }: kentässä { $field } on { $chars } merkkiä, enemmän kuin sallitut { $max }
validate-too-many = { $what }: { $count }, enemmän kuin suunnitelmassa saa olla ({ $max })
validate-stage = vaihe ”{ $name }” ({ $id })
validate-days-above-zero = { $what }: days_in_stage { $value } on oltava nollaa suurempi luku
validate-days-under-a-day = { $what }: days_in_stage { $value } on alle päivän; simulointi etenee päivä kerrallaan, joten vaihe kestää yhden päivän
validate-position = { $what }: sijainti ({ $x }, { $y }) on kauempana kuin { $max } piirtoalueen keskipisteestä
validate-waiting-over-count = { $what }: waiting_today { $waiting } on enemmän kuin vaiheessa nyt olevat { $count }
validate-waiting-unused = { $what }: waiting_today on käytössä vain suppilon ja vauhtipyörän vaiheissa
validate-lost-starts-empty = { $what }: menetettyjen vaihe alkaa tyhjänä; in_stage_today ei ole käytössä
validate-pool-shares = { $what }: lämpenemis- ja peruutusosuudet ovat yhteensä yli 100 % viikossa
validate-source = lähde ”{ $name }” ({ $id })
validate-growth = { $what }: growth_per_month { $value } on oltava luku, joka on suurempi kuin -1 ja enintään { $max }
validate-role = rooli ”{ $name }” ({ $id })
validate-tool = työkalu ”{ $name }” ({ $id })
validate-start-date = simulointi: start_date { $date } ei ole välillä { $range }
validate-simulation-outside = simulointi: { $field } { $value } ei ole välillä { $range }
validate-passes = simulointi: { $runs } ajoa × { $weeks } viikkoa × { $stages } vaihetta tuottaa { $size } Gt lukuja, enemmän kuin kerralla säilytettävät { $kept } Gt, joten ajot simuloidaan { $passes } kertaan ja kukin kierros säilyttää osan; vähemmillä ajoilla tai lyhyemmällä aikajänteellä laskenta on { $passes } kertaa nopeampi
validate-counted = simulointi: { $runs } ajoa × { $weeks } viikkoa × { $stages } vaihetta tuottaa { $size } Gt lukuja, enemmän kuin kerralla säilytettävät { $kept } Gt, joten persentiilit lasketaan säilyttämättä ajoja: ajot simuloidaan { $passes } kertaan ja luvut pysyvät tarkkoina; vähemmillä ajoilla tai lyhyemmällä aikajänteellä laskenta on nopeampi
validate-season-length = { $what }: kausivaihtelussa on { $count } kerrointa; tarvitaan yksi kuukautta kohden (12) tai ei yhtään
validate-season-factor = { $what }: kausikerroin ({ $month }) on { $factor }, välin 0..10 ulkopuolella
validate-flow-no-stage = { $flow }: vaihetta ”{ $stage }” ei ole
validate-flow-into-itself = { $flow }: vaihe siirtyy itseensä
validate-flow-twice = { $flow }: esiintyy useammin kuin kerran; yhdistä ne
validate-drop-outs-missing = { $what }: pudonneet siirtyvät vaiheeseen ”{ $pool }”, jota ei ole
validate-drop-outs-not-pool = { $what }: pudonneet siirtyvät vaiheeseen { $stage }, joka ei ole liidien kypsytys
validate-names-missing = { $what }: { $field } viittaa kohteeseen ”{ $target }”, jota ei ole
validate-role-missing = { $what }: roolia ”{ $role }” ei ole roolien luettelossa
validate-tool-missing = { $what }: työkalua ”{ $tool }” ei ole työkalujen luettelossa
validate-entry-missing = { $source }: tulovaihetta ”{ $stage }” ei ole
validate-flow = siirtymä { $from } → { $to }
validate-shares-over = { $what }: lähtevien siirtymien osuudet ovat yhteensä { $percent } %, yli 100 %
validate-shares-under = { $what }: lähtevien siirtymien osuudet ovat yhteensä { $percent } %; loput konvertoituneet menetetään
validate-nowhere-to-go = { $what }: konvertoituvilla liideillä ei ole minne mennä; lisää siirtymä
validate-no-sources = suunnitelmassa ei ole liidilähteitä, joten siihen ei tule liidejä
validate-unreachable-customers = { $what }: yksikään liidi ei voi päätyä tähän asiakasvaiheeseen
validate-unreachable = { $what }: yksikään liidi ei voi päätyä tähän vaiheeseen
validate-no-customer-stage = suunnitelmassa ei ole asiakasvaihetta, joten simulointi ei laske asiakkaita

## Piirtoalueen saavutettavuus, kaavioiden asteikot ja dian kausivaihtelu

canvas-drag-to-another-stage-to = Lisää siirtymä vetämällä toiseen vaiheeseen
canvas-stage-name = Vaiheen nimi
canvas-stage-label = Vaihe { $name }
canvas-add-flow-from = Lisää siirtymä vaiheesta { $name }
tick-millions = { $value } milj.
tick-thousands = { $value } t.
slide-season = {" "}(kausivaihtelu: { $low_month } ×{ $low } – { $high_month } ×{ $high })

## Lataus- ja tallennusvirheet

load-cannot-read = { $file }: tiedostoa ei voi lukea: { $error }
load-not-text = { $place }: tämä ei ole tekstitiedosto (virheellinen UTF-8); onko se Leadflow-suunnitelma?
load-no-design-in-image = { $file }: tiedostossa ei ole Leadflow-suunnitelmaa; suunnitelmana voi avata vain Leadflow’lla viedyn kuvan tai esityksen
load-not-a-file = { $file }: ei ole tavallinen tiedosto; suunnitelma on .ron-tiedosto tai Leadflow’lla viety kuva tai esitys
load-too-large = { $file }: koko { $bytes } tavua, enemmän kuin suunnitelman enimmäiskoko { $limit } tavua
load-empty = { $file }: tiedosto on tyhjä; siinä ei ole suunnitelmaa
load-newer-version = { $file }: tallennettu uudemmalla Leadflow’n versiolla (tiedostomuodon versio { $found }); tämä versio lukee tiedostomuotoja versioon { $supported } asti. Päivitä Leadflow, niin voit avata tiedoston.
load-ends-early = tiedosto loppuu kesken; onko se ehjä?
load-expected-number = tässä pitäisi olla luku
load-expected-found = odotettiin: { $expected }, löytyi: { $found }
load-unknown-field = tuntematon kenttä `{ $found }` (uudemman Leadflow’n kirjoittama vai kirjoitusvirhe?); sallitut kentät: { $expected }
load-missing-field = kenttä `{ $field }` puuttuu
load-unknown-value = tuntematon arvo `{ $found }`; sallitut arvot: { $expected }
save-serialize = suunnitelmaa ei voi kirjoittaa RON-muotoon: { $error }
save-cannot = { $file }: tallennus epäonnistui: { $error }
save-read-only = { $file }: tiedosto on vain luku -tilassa, joten sitä ei korvattu. Tallenna toisella nimellä

## CRM-tuonnin raportti

report-export = CRM-vienti
report-pipeline = , myyntiputki ”{ $name }”
report-read = Luettu { $source }: { $kind }{ $pipeline }
report-deals = Kauppoja { $deals } (voitettuja { $won }, menetettyjä { $lost }, avoimia { $open }) { $rows } rivistä, { $period }; avoimet kaupat { $date } tilanteen mukaan.
report-stage-order = Vaiheiden järjestys: { $order }.
report-column-stage = Vaihe
report-column-deals = Kaupat
report-column-conversion = Konversio (90 %)
report-column-days = Päiviä vaiheessa (90 %)
report-column-open = Avoimet
report-none-left = ei poistuneita
report-not-in-export = viennissä ei tietoa
report-thin = {"  "}niukka aineisto: ratkenneita kauppoja { $decided }
report-order-value = Tilausarvo: keskiarvo { $mean } { $won } voitetusta kaupasta; mediaani { $median }.
report-no-order-value = Tilausarvo: yhdelläkään voitetulla kaupalla ei ole summaa.
report-skipped = Ohitetut rivit tai kaupat ({ $count }):
report-skipped-row = {"  "}rivi { $row }: { $reason }
report-skipped-more = {"  "}… ja muita { $count }
report-note = Huomautus: { $note }.
report-none = ei yhtään
report-moved-back-from = { $stage }: { $count }
report-moves-back = Siirtymiä takaisin aiempaan vaiheeseen: { $moves }
report-skips = Vaiheen ohitus: { $from } → { $to }: { $percent } eteenpäin siirtyneistä ({ $count }/{ $moved_on })
report-new-deals = Uudet kaupat viikossa (90 %):
report-growth = kasvu { $growth } % kuukaudessa ({ $low } – { $high } %)
report-no-growth = ei suunnitteluun riittävän selvää kasvua (90 %: { $low } – { $high } % kuukaudessa)
report-growth-beside-season = kasvu { $growth } % kuukaudessa ({ $low } – { $high } %), ei käytetä: alle kahden vuoden datassa kausivaihtelu selittää samat kuukaudet
report-too-short-for-growth = jakso on liian lyhyt kasvun arvioimiseen
report-no-season = ei kausivaihtelua
report-seasonal = kausivaihtelua
report-source = {"  "}{ $source } → { $entry }: { $per_week } viikossa, kauppoja { $deals }; { $growth }; { $season }

## CRM-tuonnin viestit ja kalibrointi

export-kind-event-log = tapahtumaloki
export-kind-hub-spot = HubSpotin kauppavienti
export-kind-pipedrive = Pipedriven kauppavienti
export-kind-salesforce = Salesforcen myyntimahdollisuuksien historia
calibrate-conversion = konversio
calibrate-days-in-stage = päiviä vaiheessa
calibrate-in-stage-today = vaiheessa nyt
import-notes-built = Pohjana { $kind }: kauppoja { $deals }, { $period }; avoimet kaupat { $date } tilanteen mukaan.
import-notes-measured = Mitattu: { $stages } vaiheen { $history ->
        [yes] konversio ja päivät vaiheessa
       *[no] konversio (päiviä vaiheessa ei voitu mitata, joten oletuksena on 7)
    }, { $sources } lähteen uudet kaupat viikossa{ $order_value ->
        [yes] {" "}sekä tilausarvo
       *[no] {""}
    }.
import-notes-assumed = Oletettu (viennissä ei tietoa): kustannukset ja henkilöstö, uusintaostot, suosittelut ja asiakaspoistuma.
import-error-row = rivi { $row }
import-error-column = sarake ”{ $column }”
import-no-source-given = Lähde ei tiedossa
import-new-deals = Uudet kaupat
import-other-sources = Muut lähteet
import-has-column-names-but-no = siinä on sarakkeiden nimet mutta ei kauppoja
import-as-given = annetun mukaan
import-has-no-dates-leadflow-needs = siinä ei ole päivämääriä: Leadflow tarvitsee tiedon siitä, milloin kaupat luotiin tai milloin ne tulivat vaiheisiinsa
import-has-no-column-names = siinä ei ole sarakkeiden nimiä
import-is-empty = tiedosto on tyhjä
import-is-not-a-regular-file = ei ole tavallinen tiedosto
import-is-not-a-table-neither = ei ole taulukko: se ei ole CSV-tekstiä eikä XLSX-työkirja
import-has-no-sheets = työkirjassa ei ole välilehtiä
import-the-deal-has-no-stage = kaupasta on vain päättymistieto, ei yhtään vaiheeseen tuloa
import-from-the-export-s-columns = viennin sarakkeiden mukaan
import-the-deal-entered-no-stage = kauppa ei tullut mihinkään myyntiputken vaiheeseen
import-the-deal-is-deleted = kauppa on poistettu
import-cannot-read = tiedostoa ei voi lukea: { $error }
import-several-pipelines = siinä on { $count } myyntiputkea ({ $pipelines }); valitse luettava putki valitsimella --pipeline
import-too-many-cells = rivillä on { $cells } solua; viennissä voi olla enintään { $max } saraketta
import-too-many-deals = yli { $max } kauppaa; jaa vienti osiin ajanjakson mukaan
import-too-many-stages-column = yli { $max } eri vaihetta: onko tämä varmasti vaihesarake?
import-missing-column = siitä puuttuu sarake ”{ $column }”, jota { $kind } tarvitsee
calibrate-order-value = tilausarvo
calibrate-leads-per-week = liidejä viikossa
import-repeats-row = { $column } { $id } on jo rivillä { $row }; tämä rivi jätetään pois
import-column-empty = sarake ”{ $column }” on tyhjä
import-not-a-status = sarake ”{ $column }”: ”{ $text }” ei ole tila (avoin, voitettu tai menetetty); kauppa jätetään pois
import-closes-before-created = sarake ”{ $column }”: kauppa päättyy ennen kuin se on luotu; kauppa jätetään pois
import-leaves-before-entering = sarake ”{ $column }”: kauppa poistuu vaiheesta ennen kuin tulee siihen; kauppa jätetään pois
import-closed-before-stage = tämän rivin kauppa päättyi rivillä { $row } ennen tätä vaihemerkintää; kauppa jätetään pois
import-note-no-deal-closed = yksikään kauppa ei ole päättynyt (ei voitettu- tai menetetty-nimistä vaihetta, ei tulossaraketta): viimeisen vaiheen konversiota ei voi mitata
import-not-a-date = ”{ $text }” ei ole päivämäärä
import-repeats-event = sama tapahtuma kuin rivillä { $row } (sama kauppa, vaihe ja aika)
import-not-csv = ei ole luettavaa CSV-tekstiä: { $error }
import-not-xlsx = ei ole luettava XLSX-työkirja: { $error }
import-date-unlike-column = ”{ $text }” ei ole päivämäärä samassa muodossa kuin sarakkeen muut (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY tai MM/DD/YYYY, kellonaika voi olla mukana)
import-dates-ambiguous = jokaisen päivämäärän voi lukea sekä muodossa DD/MM/YYYY että MM/DD/YYYY; kerro oikea muoto valitsimella --dates day-first tai --dates month-first
import-all-skipped = siinä ei ole kauppoja, joita Leadflow voisi käyttää: kaikki rivit ({ $rows }) ohitettiin (ensimmäinen: { $first })
import-order-by-arrival = sen mukaan, milloin kaupat saapuvat vaiheisiin (aseta järjestys valitsimella --stage-order)
import-order-unknown-stage = annetussa järjestyksessä on vaihe ”{ $stage }”, jota viennissä ei ole; viennin vaiheet ovat: { $stages }
import-order-missing-stage = vaihe ”{ $stage }” puuttuu annetusta järjestyksestä (valitsimella --stage-order on nimettävä jokainen vaihe)
import-note-no-creation-date = { $deals } kaupalta puuttuu luontipäivä, joten niitä ei lasketa uusiksi kaupoiksi
import-order-by-time-in-pipeline = päätelty siitä, kuinka kauan kunkin vaiheen kaupat ovat olleet myyntiputkessa (aseta järjestys valitsimella --stage-order)
import-note-other-pipelines = muihin myyntiputkiin kuuluvia (tai putkettomia) kauppoja jätettiin lukematta: { $deals }
import-note-id-from-first-column = kaupat erotetaan toisistaan ensimmäisen sarakkeen ”{ $column }” perusteella: yhdenkään sarakkeen nimi ei ole Record ID (nimeä toinen komentorivillä valitsimella --column case=NIMI tai ikkunan kohdassa Sarakkeet)
import-note-pipedrive = Pipedriven kauppaviennissä ei ole vaihehistoriaa: konversiot päätellään siitä, mihin vaiheeseen kukin kauppa pisimmillään eteni myyntiputken järjestyksessä; päiviä vaiheessa ei voi mitata, joten suunnitelman nykyiset arvot säilyvät

## CRM-tuonnin viestit, jatkoa

import-unknown-export = ei ole Leadflow’n tuntema CRM-vienti (sarakkeet: { $columns }). Tapahtumalokissa on oltava sarakkeet tapauksen tunnukselle, vaiheelle ja aikaleimalle (esim. deal_id, stage, entered_at); nimeä omasi valitsimella --column case=…, stage=…, time=… tai valitse viennin tyyppi valitsimella --format
import-no-such-pipeline = siinä ei ole myyntiputkea ”{ $pipeline }”; viennin myyntiputket ovat: { $pipelines }

## CRM-tuonnin viestit, viimeiset

import-no-such-column = siinä ei ole saraketta ”{ $column }” (annettu kentälle { $field }); viennin sarakkeet ovat: { $columns }
import-too-large = koko on { $size } Mt; Leadflow lukee vientejä, joiden koko on enintään { $max } Mt
import-column-case = kaupan tunniste (esim. deal_id)
import-column-stage = vaihe
import-column-time = aikaleima (esim. entered_at)

canvas-minimap = Koko malli: napsauta tai vedä katsoaksesi sinne

## The plan over time: figures and validation

figure-headcount = henkilömäärä
figure-conversion = konversio
figure-days-in-stage = päivät vaiheessa
figure-leads-per-week = liidejä viikossa
figure-spend-per-week = kulut viikossa
figure-order-value = tilausarvo
figure-repeat-purchases = uusintaostot vuodessa
figure-churn-per-year = asiakaspoistuma vuodessa
validate-too-many-moves = suunnitelmassa on { $count } muutosta; suunnitelmassa saa olla { $max }
validate-move-text-long = muutos ”{ $name }…”: nimessä saa olla { $max } merkkiä ja muistiinpanoissa { $notes }
validate-move-no-figure = muutos ”{ $name }”: suunnitelmassa ei ole lukua { $figure } kohteelle ”{ $of }” (sen nimeämä vaihe tai lähde puuttuu, tai rooli ei työskentele vaiheessa)
validate-move-not-a-number = muutos ”{ $name }”: sen muutos tai kulu ei ole luku rajojen sisällä
validate-move-outside = muutos ”{ $name }” alkaa { $date }, simuloidun jakson { $start } – { $end } ulkopuolella
validate-move-ends-before = muutos ”{ $name }” päättyy { $until }, ei alkunsa ({ $from }) jälkeen
validate-move-ramp-long = muutos ”{ $name }”: sen { $days } päivän sisäänajo on pidempi kuin simuloidut { $horizon } päivää
validate-move-figure-outside = muutos ”{ $name }” vie luvun { $figure } arvoon { $value }, rajojen { $low } – { $high } ulkopuolelle

## The year month by month

months-month = Kuukausi
months-days = Päiviä
months-leads-in = Uudet liidit
months-entering = Vaiheeseen { $stage }
months-new-customers = Uudet asiakkaat
months-active-customers = Asiakkaat kuun lopussa
months-revenue-new = Liikevaihto, uudet asiakkaat
months-revenue-existing = Liikevaihto, nykyiset asiakkaat
months-cost-people = Kulut, henkilöstö
months-cost-tools = Kulut, työkalut
months-cost-sources = Kulut, liidilähteet
months-cost-moves = Kulut, muutokset
months-profit = Tulos
months-cumulative-profit = Kertynyt tulos
months-headcount = { $role } (henkilöä)

## Starting design: growth plan

template-growth-plan-name = Vuoden kasvusuunnitelma
template-growth-plan-notes = B2B-yrityksen vuosi sellaisena kuin se suunniteltiin tammikuussa. Alussa on 60 asiakasta ja kauppoja joka vaiheessa. Yksi myyjä esittelee ja on pullonkaula: kaupat odottavat. Kaksi uutta myyjää aloittaa, helmikuussa ja toukokuussa, ja kumpikin tarvitsee 90 päivää täyteen kapasiteettiin (palkka ensimmäisestä päivästä). Webinaarikampanja kestää toisen vuosineljänneksen, kumppanikanava avautuu huhtikuussa ja kasvaa kuukauden aikana, ja uusi tarvekartoituksen toimintamalli nostaa Kvalifioi-vaiheen 35 %:sta 45 %:iin syys- ja lokakuun aikana. Vuosi kuukausittain näyttää tuloksen notkahduksen uusien myyjien perehtyessä ja vuosineljänneksen, jolloin myyntiputki täyttyy.
template-growth-plan-title = Vuoden kasvusuunnitelma
template-growth-plan-subtitle = Kaksi rekrytointia, kampanja, kumppanikanava ja parempi toimintamalli
template-growth-plan-stage-close = Päätä kauppa
template-growth-plan-stage-customers = Asiakkaat
template-growth-plan-stage-present = Esittele
template-growth-plan-stage-present-notes = Yksi myyjä esittelee tänään; kaupat odottavat vapaata aikaa.
template-growth-plan-stage-qualify = Kvalifioi
template-growth-plan-stage-qualify-notes = Soita takaisin vuorokauden sisällä; tarkista tarve, budjetti ja aikataulu.
template-growth-plan-source-partners = Kumppanikanava
template-growth-plan-source-search-ads = Hakusanamainonta
template-growth-plan-source-webinars = Webinaarit
template-growth-plan-source-website-forms = Verkkosivun lomakkeet (SEO ja sisältö)
template-growth-plan-move-0 = Myyjä aloittaa
template-growth-plan-move-0-notes = Esittelee helmikuusta alkaen; noin 90 päivää täyteen kapasiteettiin.
template-growth-plan-move-1 = Toinen myyjä aloittaa
template-growth-plan-move-1-notes = Esittelee kaupat, jotka kumppanikanava ja kampanja tuovat.
template-growth-plan-move-2 = Webinaarikampanja
template-growth-plan-move-2-notes = Webinaari joka toinen viikko toisen vuosineljänneksen ajan.
template-growth-plan-move-3 = Kumppanikanava avautuu
template-growth-plan-move-3-notes = Kaksi jälleenmyyjää; niiden liidit kasvavat ensimmäisen kuukauden aikana.
template-growth-plan-move-4 = Uusi tarvekartoituksen toimintamalli
template-growth-plan-move-4-notes = Koulutus elokuussa; Kvalifioi-vaiheen konversio nousee, kun tiimi ottaa mallin käyttöön.

## The plan in the editor

plot-months = Kuukausittain
months-copy = Kopioi taulukkona
months-copy-hint = Kopioi taulukon otsikkoineen sarkaimin eroteltuna: liitä se taulukkolaskentaan
months-note = Odotusarvot. Kahdelle kuukaudelle osuva viikko jaetaan päiviensä mukaan.
months-note-bands = Ajojen keskiarvot; asiakkaat ja kertynyt tulos 10–90 %:n vaihteluvälein. Kahdelle kuukaudelle osuva viikko jaetaan päiviensä mukaan.
timeline-add-move = Lisää muutos…
timeline-empty = Ei muutoksia: jokainen luku pysyy samana ensimmäisestä päivästä loppuun asti.
timeline-hint = Muokkaa muutosta napsauttamalla, siirrä sitä ajassa vetämällä; ruudusta sen voi kytkeä pois.
timeline-switch = Käytössä: { $name }
timeline-bar-hint = Napsauta muokataksesi; vedä siirtääksesi ajassa
move-figure-headcount = { $role } vaiheessa { $stage }
move-figure-of = { $figure }: { $of }
move-default-name = Muutos: { $figure }
move-inspector-heading = Muutos
move-inspector-from-to = { $from } → { $to }
move-inspector-on = Käytössä
move-inspector-name = Nimi
move-inspector-change = Muutos
move-change-to = Arvoon
move-change-by = Määrällä
move-change-by-percent = Prosentilla
move-inspector-starts-on = Alkaa
move-inspector-ramp-up = Täysi vaikutus päivien kuluttua
move-inspector-ramp-up-hint = Päivät, joiden aikana muutos saavuttaa täyden vaikutuksensa tasaisesti (uusi myyjä: noin 90). 0: heti. Uusille työntekijöille maksetaan palkkaa ensimmäisestä päivästä.
move-inspector-ends-on = Päättyy
move-inspector-one-off-cost = Kertakulu
move-inspector-cost-per-month = Kulu kuukaudessa
move-inspector-notes = Muistiinpanot
move-inspector-notes-hint = Miksi, ja mihin se perustuu
move-inspector-remove = Poista muutos
stage-inspector-change-from-a-date = Muuta päivämäärästä alkaen…
stage-inspector-change-from-a-date-hint = Suunnittele muutos johonkin vaiheen luvuista päivämäärästä alkaen: rekrytointi, uusi toimintamalli, hinta
change-add-move = Muutoksen lisäys
change-edit-move = Muutoksen muokkaus
change-shift-move = Siirto ajassa
change-switch-move = Muutoksen kytkentä
change-remove-move = Muutoksen poisto

## The plan: with it and without it

plot-without-the-plan = Ilman suunnitelmaa
plot-without-the-plan-value = { $customers } · { $profit }
plot-active-customers-without-the-plan = Aktiiviset asiakkaat ilman suunnitelmaa
plot-profit-without-the-plan = Kertynyt tulos ilman suunnitelmaa
move-inspector-adds = Tuo { $customers } asiakasta ja { $profit } tulosta { $date } mennessä (odotusarvot, verrattuna suunnitelmaan ilman tätä muutosta)
move-inspector-measured = Mitattu CRM:n { $deals } kaupasta { $date } asti; siitä eteenpäin luku on tämän muutoksen, oletettu.

## The plan in the slide and the presentation

slide-plan = Suunnitelma: { $moves }.
presentation-move = { $month }: { $name }

## The year month by month, exported

months-export = Vie…
months-export-hint = Kirjoittaa taulukon tiedostoon: Excel-työkirjaksi (.xlsx) näillä otsikoilla tai CSV:ksi skripteille nimetyin sarakkein
file-dialog-export-month-table = Vie vuosi kuukausittain
file-dialog-csv = CSV
file-dialog-excel-workbook = Excel-työkirja
status-wrote-months = Vuosi kuukausittain kirjoitettu tiedostoon { $file }

## The plan: sources

design-inspector-source-change-from-a-date-hint = Suunnittele lähteeseen muutos päivämäärästä alkaen: kampanja (päättyvä), avautuva uusi kanava, pienempi budjetti

## The plan of record

command-freeze-plan-of-record = Lukitse hyväksytyksi suunnitelmaksi
modals-replace-plan-of-record = Korvataanko hyväksytty suunnitelma?
modals-replace-plan-of-record-text = { $date } lukittu hyväksytty suunnitelma korvataan vuodella sellaisena kuin se nyt on. Kumoa tuo sen takaisin.
modals-replace = Korvaa
change-freeze-plan-of-record = Hyväksytyn suunnitelman lukitus
status-froze-plan-of-record = { $months } kuukautta lukittu hyväksytyksi suunnitelmaksi
plot-plan-of-record = Hyväksytty suunnitelma ({ $date })
validate-record-too-long = hyväksytyssä suunnitelmassa on enemmän kuukausia kuin kymmenen vuotta
validate-record-not-numbers = hyväksytyssä suunnitelmassa on arvo, joka ei ole luku, tai määrä alle nollan

## The meeting deck (PowerPoint)

export-format-pptx = PowerPoint-esitys
export-dialog-deck = Diat, joiden muotoja, kaavioita ja taulukoita voi muokata PowerPointissa, sekä puhujan muistiinpanot
deck-dated = { $date } · alkaen { $start }, { $weeks } viikkoa
deck-title-process = Näin myymme
deck-title-year = Vuosi
deck-title-money = Tuotot ja kulut
deck-title-plan = Suunnitelma
deck-title-months = Kuukausittain
deck-title-assumptions = Mihin luvut perustuvat
deck-title-levers = Missä parantaa
deck-series-band = 10–90 % ajoista
deck-series-low = 10 %
deck-series-high = 90 %
deck-series-with-plan = Suunnitelman kanssa
deck-series-without-plan = Ilman suunnitelmaa
deck-revenue = Tuotot
deck-cost = Kulut
deck-column-figure = Luku
deck-column-value = Arvo
deck-column-basis = Mistä se tulee
deck-column-change = Muutos
deck-column-customers = Asiakkaat lopussa
deck-column-profit = Tulos lopussa
deck-assumed = Oletettu
deck-figure-conversion = { $stage }: konversio
deck-figure-days = { $stage }: päivät vaiheessa
deck-figure-order-value = { $stage }: tilauksen arvo
deck-figure-leads = { $source }: uudet liidit viikossa
deck-more-rows = ja { $count } muuta
deck-notes-title = Esitys näyttää: { $name }: { $models }. Luvut kattavat { $weeks } viikkoa alkaen { $date }.
deck-notes-process = Miten liidistä tulee asiakas, { $stages } vaiheessa. Liidit tulevat sisään: { $entries }.
deck-notes-bottleneck = Pullonkaula on { $stage }: sen ihmiset eivät ehdi käsitellä kaikkea, ja { $waiting } liidiä odottaa siellä lopussa.
deck-notes-no-bottleneck = Jokaisen vaiheen ihmiset ehtivät käsitellä sen, mitä heille tulee.
deck-notes-band = Varjostettu alue sisältää 80 % { $runs } simuloidusta ajosta: vuosi päättyy yhtä todennäköisesti sen alle kuin yläpuolelle.
deck-notes-expected = Viiva näyttää odotusarvot ilman vaihteluväliä.
deck-notes-money = Tuotot, kulut ja tulos kuukausittain. Koko jaksolla tuotot ovat { $revenue } ja kulut { $cost }: tulos { $profit }.
deck-notes-plan = { $count ->
    [one] Suunnitelman ainoa toimenpide
   *[other] Suunnitelman { $count } toimenpidettä päivämäärän mukaan
}: { $moves }. Suunnitelman kanssa lopussa on { $with } asiakasta; ilman sitä { $without }.
deck-notes-months = Sama jakso kuukausittain: voitetut asiakkaat, asiakkaat kuun lopussa, tuotot, kulut ja tulos.
deck-notes-assumptions = Mihin kukin luku perustuu: { $measured }/{ $total } on mitattu CRM-tiedoista 90 %:n luottamusvälin kanssa; loput ovat oletuksia.
deck-notes-levers = Jokainen rivi on yksi muutos yhteen vaiheeseen ja mitä se tuo loppuun mennessä. Suurin on { $lever }: { $customers } asiakasta lisää.
deck-notes-no-levers = Mikään yksittäinen muutos yhteen vaiheeseen ei tuo lisää asiakkaita tai tulosta loppuun mennessä.
# The first sheet of a chart's embedded workbook, named as the spreadsheet names it.
deck-sheet = Taul1
# A month only partly in the period, with the days of it counted.
deck-partial-month = { $month } ({ $days } pv)
export-dialog-export-deck = Vie PowerPoint-esitys

## The deck: scenarios

deck-title-scenarios = Skenaariot rinnakkain
deck-column-scenario = Skenaario
deck-notes-scenarios = Prosessin { $count } skenaariota rinnakkain, kukin simuloituna samalle jaksolle. Eniten asiakkaita on lopussa skenaariossa { $best }: { $customers }.

# The report (PDF on A4 pages)
export-layout-report = Raportti (A4-sivut)
pack-report-page = Sivu { $page } / { $pages }
pack-report-notes-title = Raportti näyttää: { $name }: { $models }. Luvut kattavat { $weeks } viikkoa alkaen { $date }.
pack-report-weekly-note = Tuotot ja kulut viikoittain; alla oleva kuukausitaulukko laskee ne yhteen.
pack-report-title-actual = Suunnitelma ja toteuma
pack-report-notes-actual = Kuhunkin vaiheeseen viikossa tulevat kaupat suunnitelman mukaan ja CRM:n kirjaamina, { $weeks } viikon ajalta alkaen { $date }. Keskimääräinen poikkeama on viikon keskimääräinen ero; Monte Carlossa viimeinen sarake kertoo, kuinka suuri osa viikoista osui suunnitelman 10–90 %:n vaihteluväliin (noin 80 %, kun suunnitelma pitää).
pack-report-column-planned = Suunniteltu viikossa
pack-report-column-actual = Kirjattu viikossa
pack-report-column-miss = Keskimääräinen poikkeama
pack-report-column-inside = Viikot vaihteluvälillä
export-dialog-export-report = Vie raportti
export-dialog-report = A4-sivut lähetettäväksi ennen kokousta: prosessi, vuosi, tuotot ja kulut, suunnitelma, kuukaudet, mihin luvut perustuvat ja missä voi parantaa. Esikatselu näyttää ensimmäisen sivun.

# The flow in motion (GIF, animated PNG)
export-format-gif = GIF-animaatio
export-format-apng = Animoitu PNG
export-dialog-export-motion = Vie virtaus liikkeessä
export-dialog-seconds = Pituus
export-dialog-fps = Kuvaa sekunnissa
export-dialog-motion = Liidit virtaavat vuoden läpi { $seconds } sekunnissa, silmukkana, { $width } × { $height } pikseliä. Esikatselu näyttää vuoden puolivälin.
motion-week = Viikko { $week } · { $month }

# The monthly review
review-column-month = Kuukausi
review-column-figure = Luku
review-column-planned = Suunniteltu
review-column-actual = Toteutunut
review-column-difference = Ero
review-column-band = Vaihteluväli (10–90 %)
review-column-inside = Välillä
review-figure-entering = { $stage }, sisään
review-figure-won = Voitetut
review-figure-won-value = Voitettu arvo
review-inside = sisällä
review-outside = ulkona
review-against-record = Vahvistettua suunnitelmaa ({ $frozen }) vastaan, { $from }–{ $to }.
review-against-design = Mallia vastaan sellaisenaan (vahvistettua suunnitelmaa ei ole), { $from }–{ $to }.
review-not-in-export = Ei viennissä, joten ei tarkasteltu: { $stages }.
review-band-note = Vaihteluväli on 10–90 %:n alue, jolle pelkkä sattuma levittää määrän suunnitelman ympärille; { $inside }/{ $total } kuukausiluvusta osuu sille.
review-differs-conversion = Alkaa poiketa vaiheessa { $stage }: konversio { $realised } suunnitelman { $planned } sijaan, alkaen { $month } ({ $deals } ratkaistua kauppaa).
review-differs-days = Alkaa poiketa vaiheessa { $stage }: { $realised } päivää vaiheessa suunnitelman { $planned } sijaan, alkaen { $month } ({ $deals } kauppaa poistui siitä).
review-differs-nowhere = Mikään vaihe ei poikkea suunnitelmasta enempää kuin sattuma sallii.
command-review-against-crm = Tarkastele CRM-vientiä vasten…
crm-dialog-title-review = Tarkastele suunnitelmaa CRM-vientiä vasten
crm-dialog-close = Sulje
review-error-ends-before = Vienti päättyy { $end }, ennen kuin suunnitelma alkaa { $start }: valitse uudempi vienti.
review-error-starts-after = Vienti alkaa { $start }, suunnitelman viimeisen päivän ({ $end }) jälkeen.
review-error-nothing-matched = Mikään suunnitelman vaiheista ei ole viennissä (siinä on: { $stages }). Yhdistä ne alla.
review-error-no-deals = Viennissä ei ole kauppoja, joilla on laskettavia päivämääriä.
crm-dialog-what-was-read = Mitä vienti sisältää
review-reforecast = Jos mikään ei muutu, vuosi päättyy { $year } voitettuun kauppaan { $until } mennessä ({ $so_far } tähän mennessä ja { $ahead } edessä; 10–90 %: { $low }–{ $high }), kun suunnitelmassa on { $planned }: { $gap }{ $target }.
review-reforecast-remeasured = Uusi ennuste alkaen { $date }: silloin avoinna olleet kaupat lähtötilanteena, jokainen yhdistetty luku mitattu uudelleen viennistä siihen päivään asti.
review-reforecast-kept = Uusi ennuste alkaen { $date }: silloin avoinna olleet kaupat lähtötilanteena, suunnitelman omat luvut säilytetty.
review-keep-figures = Säilytä suunnitelman luvut (viennistä vain avoimet kaupat)
review-chart-plan = Suunnitelma
review-chart-actual = Voitettu tähän mennessä
review-chart-reforecast = Uusi ennuste
review-chart-band = Uusi ennuste, 10–90 %
review-chart-title = Voitetut kaupat suunnitelman ensimmäisestä päivästä

# Targets
headline-short-of-target = Tavoitteesta jääviä kuukausia
headline-months-of = { $short }/{ $months }
validate-targets-too-many = tavoitteet kattavat yli kymmenen vuotta
validate-targets-not-numbers = tavoite ei ole luku, on alle nollan tai liian suuri, tai sitä ei ole asetettu kuukauden ensimmäiselle päivälle
months-target-customers = Tavoite: uudet asiakkaat
months-target-revenue = Tavoite: tuotot
months-targets = Tavoitteet
months-yearly-target = Luku koko jaksolle
months-spread-evenly = Jaa tasan
months-spread-like-plan = Jaa suunnitelman mukaan
months-clear-targets = Tyhjennä
months-targets-hint = Kirjoita kuukauden tavoite sen riville; kuukausi, jossa suunnitelma jää tavoitteesta, merkitään. Koko jakson luku voidaan jakaa kuukausille tasan tai suunnitelman oman muodon mukaan.
months-short = alle
plot-target = Tavoite (viikossa, kuukautensa aikana)
change-targets = Muuta tavoitteita
review-reforecast-target = , ja tavoitteiden { $target }: { $gap }
review-slide-title = { $name }: suunnitelma ja { $month }
review-copy-slide = Kopioi diana
review-copy-slide-hint = Vie tarkastelun leikepöydälle 16:9-diana (PNG) kokouksen esitykseen
goal-dialog-aim-at-targets = Tähtää tuottotavoitteisiin kuukauden loppuun asti:
goal-dialog-pick-month = kuukausi…
modals-keep-earlier-plan = Säilytä aiempi ja korvaa
modals-keep-earlier-plan-hint = Aiempi suunnitelma jää malliin päivämääränsä nimellä ja piirretään himmeämpänä uuden rinnalle
earlier-plan-name = Suunnitelma { $date }
validate-too-many-kept-plans = mallissa on yli 24 aiempaa suunnitelmaa
months-over-period = koko jaksolle
months-over-quarter = neljännekselle Q{ $quarter } { $year }
review-reforecast-remeasured-but = Uusi ennuste alkaen { $date }: silloin avoinna olleet kaupat lähtötilanteena, yhdistetyt luvut mitattu uudelleen viennistä siihen päivään asti, paitsi { $kept ->
    [one] yksi, joka pidetään suunnitelman mukaisena
   *[other] { $kept }, jotka pidetään suunnitelman mukaisina
}.
review-figures-measured = Luvut, jotka uusi ennuste mittaa uudelleen (poista valinta säilyttääksesi suunnitelman luvun)
goal-dialog-won = Voitetut asiakkaat
goal-won-value = { $customers } voitettua asiakasta
goal-dialog-aim-at-customer-targets = Tähtää uusien asiakkaiden tavoitteisiin kuukauden loppuun asti:
review-figure-won-target = Voitetut tavoitetta vasten

# A design file that does not read, at a place in it; the problem as worded by the reader.
load-syntax = { $place }: { $problem }
load-parser-says = { $text }
import-skipped-first = rivi { $row }: { $reason }

# What a screen reader says of a flow and of a stage's sources on the canvas.
canvas-flow-label = Virta { $from } → { $to }
canvas-flow-description = { $share } vaiheesta { $from } etenevistä
canvas-stage-sources = liidit lähteistä { $sources }

## Piirtoalue näppäimistöllä
command-rename = Nimeä vaihe uudelleen
command-draw-flow = Piirrä siirtymä valitusta vaiheesta
canvas-source-label = Lähde { $name }
canvas-source-description = { $channel }: { $leads } liidiä viikossa vaiheeseen { $stage }, kustannus { $cost } viikossa{ $seasonal ->
        [yes] , kausivaihteleva
       *[no] {""}
    }
status-drawing-flow = Piirretään siirtymää vaiheesta { $from }: valitse kohdevaihe nuolinäppäimillä tai sarkaimella; Esc keskeyttää
status-drawing-flow-to = Siirtymä { $from } → { $to }: Enter piirtää sen, Esc keskeyttää
wizard-buying-cycle = Kuinka kauan ostaminen kestää
about-licence = Vapaa ohjelmisto MIT-lisenssillä.
about-fonts = Fontit ikkunassa ja vienneissä
about-crates = Rakennettu { $count_shown } avoimen lähdekoodin crate-paketilla
about-crates-list = Crate-paketit ja niiden lisenssit
about-licence-texts = Lisenssien täydet tekstit asennetaan Leadflow'n mukana (Linuxissa hakemistoon /usr/share/doc/leadflow), ja ne ovat lähdekoodissa kansiossa assets/licences.
menu-text-size = Tekstin koko
command-next-pane = Seuraava paneeli
command-previous-pane = Edellinen paneeli
pane-inspector = Ominaisuudet
pane-palette = Paletti
calibrate-folded = Ei yhdistetty: { $stages }. Sen kaupat lasketaan vaiheeseen { $stage }: konversio { $own } yksinään muuttuu arvoon { $folded } seuraavaan yhdistettyyn vaiheeseen, ja päivät lasketaan siihen asti.
calibrate-entry-folded = { $source }: kaupat tulevat vaiheeseen { $entry }, jota ei ole yhdistetty; ne { $share }, jotka etenevät vaiheeseen { $stage }, ovat lähteen liidit siellä.
calibrate-preview-heading = Kalibroitu suunnitelma toistettuna viennin viikoille (kauppoja viikossa)
calibrate-preview-row = { $stage }: viennissä { $actual }, suunniteltu { $planned } ({ $off })
calibrate-preview-won = Voitetut kaupat
provenance-not-borne-out = Oletettu: mitattu { $measured } ({ $interval }), mutta kalibroitu suunnitelma ennusti { $planned } viikossa vaiheeseen { $stage }, kun viennissä oli { $recorded }
provenance-not-borne-out-won = Oletettu: mitattu { $measured } ({ $interval }), mutta kalibroitu suunnitelma ennusti { $planned } voitettua kauppaa viikossa, kun viennissä oli { $recorded }
evidence-name-too-long = vaihe, jossa toisto meni pieleen, on nimeltään yli { $max } merkkiä pitkä
crm-field-pipeline = Myyntiputki
crm-field-closed = Suljettu (sulkemispäivä)
crm-field-won-time = Voittoaika
crm-field-lost-time = Häviöaika
calibrate-wrote = kirjoitettiin { $path } ({ $figures } mitattua lukua, joista { $not_borne_out } ei saa tukea toistosta)
cli-wrote-design = kirjoitettiin { $path } (vaiheita: { $stages }, lähteitä: { $sources })
cli-wrote-file = kirjoitettiin { $path } ({ $bytes } tavua)
cli-wrote-named = kirjoitettiin { $path } ({ $name })
cli-wrote-recommended = kirjoitettiin { $path } (myyntimalli: { $model })
evidence-replay-not-a-count = toiston ennusteen ja viennin kirjaaman luvun on oltava äärellisiä lukuja, vähintään 0
runaway-loop = Liidien määrä kasvaa rajatta: silmukka { $round } tuo takaisin { $gain } liidiä jokaista kierroksen kiertävää liidiä kohden
runaway-loop-customers-stay = Liidien määrä kasvaa rajatta: silmukassa { $round } asiakkaat eivät koskaan lähde, joten he suosittelevat liidejä niin kauan kuin simulointi kestää
wizard-does-not-pay = Kun tilauksen arvo on { $order }, tämä suunnitelma tuottaa jaksolla { $revenue } ja maksaa { $cost }; se kannattaa noin { $break_even } tilausarvosta alkaen.
suffix-person = {" "}hlö
calibrate-preview-row-band = { $stage }: viennissä { $actual }, suunniteltu { $planned } ({ $off }); viikoista { $inside } toiston 10–90 %:n vaihteluvälillä
calibrate-preview-holds-band = Se toistaa viennin kirjaamat luvut jokaisessa yhdistetyssä vaiheessa ja voitetuissa kaupoissa: { $tolerance }:n tarkkuudella viikossa, ja vähintään { $coverage } viikoista on toiston 10–90 %:n vaihteluvälillä (oikea suunnitelma sijoittaa sinne 80 %).
calibrate-preview-fails-band = Se ei toista vientiä kohdissa { $stages } (yli { $tolerance } pielessä viikossa tai alle { $coverage } viikoista toiston 10–90 %:n vaihteluvälillä, jonne oikea suunnitelma sijoittaa 80 %): sinne johtavat luvut on mitattu kukin erikseen, mutta yhdessä ne eivät anna sitä, mitä tapahtui, joten ne pidetään oletettuina perusteluineen. Yhdistä useampia vaiheita tai tarkista yhdistämiset ja kalibroi uudelleen.
import-shared-strings-too-large = sen jaetut merkkijonot (solujen teksti) kasvavat purettuina yli { $max } Mt:n kokoisiksi, enemmän kuin Leadflow lukee; tallenna taulukko CSV-muodossa ja tuo se
cli-progress = Monte Carlo: { $done }/{ $total } ajoa
cli-progress-left = Monte Carlo: { $done }/{ $total } ajoa, noin { $left } jäljellä
cli-stopped = Keskeytetty Ctrl+C:llä: mitään ei kirjoitettu
status-monte-carlo = Monte Carlo { $percent }
status-monte-carlo-left = Monte Carlo { $percent }, noin { $left } jäljellä
status-stop = Pysäytä
status-stop-hint = Pysäytä Monte Carlo -ajot; odotusarvot jäävät näkyviin
status-monte-carlo-stopped = Monte Carlo pysäytetty: näytetään odotusarvot
cli-simulation-failed = Simulointi epäonnistui; mitään ei kirjoitettu
