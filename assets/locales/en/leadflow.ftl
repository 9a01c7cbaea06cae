# Leadflow in English. Every message exists in sv, da and fi too, with the same placeables
# (tests/languages.rs). Numbers and dates arrive formatted ($..._shown, $date); a bare number
# such as $errors only chooses the plural form.

## Menus and commands

menu-file = File
menu-edit = Edit
menu-view = View
menu-design = Design
menu-help = Help
menu-language = Language

command-new = New from template…
command-new-from-questions = New from questions…
command-new-from-crm = New from CRM export…
command-open = Open…
command-save = Save
command-save-as = Save as…
command-export-image = Export image…
command-copy-as-image = Copy as image
command-quit = Quit
command-undo = Undo
command-redo = Redo
command-cut = Cut
command-copy = Copy
command-paste = Paste
command-duplicate = Duplicate
command-delete = Delete
command-select-all = Select all
command-zoom-to-fit = Zoom to fit
command-zoom-in = Zoom in
command-zoom-out = Zoom out
command-toggle-grid = Grid
command-toggle-snap = Snap to grid
command-toggle-minimap = Minimap
command-toggle-theme = Dark theme
command-toggle-own-file-dialog = Leadflow's own file dialog
command-present = Present
command-command-palette = Find a command…
command-arrange-funnel = Arrange as funnel
command-arrange-flywheel = Arrange as flywheel
command-goal-seek = Goal seek…
command-calibrate-from-crm = Calibrate from CRM export…
command-show-shortcuts = Keyboard shortcuts…
command-about = About Leadflow…

## Status bar

status-not-saved = Not saved yet
status-exported = { $format } written to { $file }
status-unsaved = { $location } • unsaved changes
status-findings = { $errors ->
        [one] { $errors_shown } error
       *[other] { $errors_shown } errors
    }, { $warnings ->
        [one] { $warnings_shown } warning
       *[other] { $warnings_shown } warnings
    }
status-findings-hint = List the findings; click one to select what it is about
status-simulating = simulating…
status-simulated = simulated in { $milliseconds } ms

## First start

welcome-title = Welcome to Leadflow
welcome-text = Design how your company sells and watch the lead flow it gives. The window shows the sales silo example; where would you like to start?
welcome-questions = Answer four questions
welcome-questions-detail = Leadflow recommends a sales model and builds a starting design from your answers.
welcome-template = Choose a starting design
welcome-template-detail = Classic funnel, inbound, outbound, account-based, the flywheel, and more.
welcome-crm = Import a CRM export
welcome-crm-detail = Measure your pipeline from HubSpot, Pipedrive, Salesforce or an event log.
welcome-open = Open a design
welcome-open-detail = A .ron file, or an image or deck exported by Leadflow.
welcome-look = Look around the example
welcome-look-detail = Everything is also in the menus.

## Headline figures (editor, presentation, slides)

headline-customers-by = Customers by { $date }
headline-revenue = Revenue
headline-from-existing = From existing customers
headline-cost = Cost
headline-acquisition-cost = Customer acquisition cost
headline-no-costs = no costs entered
headline-payback = Payback
headline-payback-none = not in horizon
headline-bottleneck = Bottleneck
headline-bottleneck-none = none

## Slide

slide-made-with = Made with Leadflow
slide-active-customers = Active customers
slide-band-note = median, with the 10–90 % range of the runs
slide-expected-values = expected values
slide-source = { $name } { $leads }/wk{ $season }
slide-no-sources = no lead sources
slide-sources = Sources: { $sources }
slide-monte-carlo = Monte Carlo, { $runs } runs, seed { $seed }
slide-assumptions = { $sources }. { $starting } From { $date }, { $weeks } weeks, { $mode }.{ $measured }
slide-starts-empty = Starts empty.
slide-starts-with = Starts with { $parts }.
slide-start-customers = { $count ->
        [one] { $shown } customer
       *[other] { $shown } customers
    }
slide-start-open-leads = { $count ->
        [one] { $shown } open lead
       *[other] { $shown } open leads
    }
slide-start-in-nurture = { $shown } in nurture

## Stage kinds, sources, tools, models and the palette

stage-kind-funnel-step = Funnel step
stage-kind-flywheel-segment = Flywheel segment
stage-kind-nurture-pool = Nurture pool
stage-kind-customer = Customer
stage-kind-brand-reach = Brand reach
stage-kind-lost = Lost
channel-ads = Ads
channel-seo-content = SEO/content
channel-social = Social
channel-events = Events
channel-cold-list = Cold list
channel-partner = Partner
channel-referral = Referral
channel-other = Other
tool-category-crm = CRM
tool-category-marketing-automation = Marketing automation
tool-category-email = E-mail
tool-category-ads-platform = Ads platform
tool-category-webshop = Webshop
tool-category-social-media = Social media
tool-category-video = Video
tool-category-meeting-booking = Meeting booking
tool-category-e-procurement = E-procurement
tool-category-other = Other
transaction-model-digital-branding = Digital branding
transaction-model-e-commerce = E-commerce
transaction-model-relationship = Relationship model
transaction-model-other = Other (buyer- or market-centric)
shape-funnel = Funnel
shape-flywheel = Flywheel
shape-silo = Sales silo
sales-model-inbound = Inbound
sales-model-outbound = Outbound
sales-model-account-based = Account-based
sales-model-relationship-based = Relationship-based
sales-model-team-selling = Team selling
sales-model-high-volume-low-touch = High-volume low-touch
sales-model-channel = Channel sales
models-line-sales = Sales model: { $model }
new-stage-funnel-step = New step
new-stage-flywheel-segment = New segment
new-stage-nurture-pool = Nurture pool
new-stage-customer = Customers
new-stage-brand-reach = Brand reach
new-stage-lost = Lost
palette-stages = Stages
palette-stages-hint = Drag onto the canvas
palette-stage-tooltip = Drag onto the canvas to add a stage
palette-sources = Sources
palette-sources-hint = Drag onto the stage leads enter
palette-source-tooltip = Drag onto a stage to add a source of leads entering there
palette-roles = Roles
palette-roles-hint = Drag onto a stage to staff it
palette-role-tooltip = { $leads } leads per person per week · { $cost } a month
palette-tools = Tools
palette-tools-hint = Drag onto a stage
palette-tool-tooltip = { $category } · { $cost } a month

## Dates

week-caption = Week { $week } · { $date }

## Design inspector
design-inspector-name = Name
design-inspector-sales-model = Sales model
design-inspector-shape = Shape
design-inspector-funnel-widths = Funnel widths
design-inspector-funnel-widths-hint = Funnel steps narrow with the leads each one takes in and passes on; or all the same width.
funnel-widths-follow-leads = Follow the leads
funnel-widths-equal = Equal
design-inspector-currency = Currency
design-inspector-horizon = Horizon
design-inspector-mode = Mode
design-inspector-runs = Runs
design-inspector-seed = Seed
design-inspector-channel = Channel
design-inspector-leads-per-week = Leads per week
design-inspector-cost-per-week = Cost per week
design-inspector-growth-per-month = Growth per month
design-inspector-enters-at = Enters at
design-inspector-design = Design
design-inspector-notes = Notes
design-inspector-lead-sources = Lead sources
design-inspector-remove-source = Remove source
design-inspector-add-source = Add source
design-inspector-transaction-models = Transaction models
design-inspector-simulation = Simulation
design-inspector-season = Season
design-inspector-starts-on = Starts on
design-inspector-start-on-the-monday-of = Start on the Monday of the current week
design-inspector-when-to-choose-this-design = When to choose this design
design-inspector-yyyy-mm-dd = YYYY-MM-DD
design-inspector-not-a-date = not a date
design-inspector-expected-values = Expected values
design-inspector-monte-carlo = Monte Carlo
design-inspector-source-heading = { $name } · { $leads }/wk{ $seasonal ->
        [yes] {" "}· seasonal
       *[no] {""}
    }
design-inspector-new-source = New source
design-inspector-weeks-suffix = {" "}weeks
design-inspector-missing-stage = { $stage } (missing)
design-inspector-this-week = This week

## Stage inspector, fields and season
stage-inspector-name = Name
stage-inspector-conversion = Conversion
stage-inspector-days-in-stage = Days in stage
stage-inspector-drop-outs-go-to = Drop-outs go to
stage-inspector-in-this-stage-today = In this stage today
stage-inspector-of-them-waiting = Of them waiting
stage-inspector-notes = Notes
stage-inspector-roles = Roles
stage-inspector-tools = Tools
stage-inspector-what-the-stage-holds-on = What the stage holds on the design's start date; the simulation starts here
stage-inspector-done-with-the-stage-but = Done with the stage but waiting for a free person (the backlog)
stage-inspector-notes-for-the-meeting = Notes for the meeting
stage-inspector-add-role = Add role…
stage-inspector-lost = Lost
kind-fields-warm-up-per-week = Warm-up per week
kind-fields-warmed-leads-go-to = Warmed leads go to
kind-fields-unsubscribe-per-week = Unsubscribe per week
kind-fields-order-value = Order value
kind-fields-repeat-purchases-per-year = Repeat purchases per year
kind-fields-referrals-per-customer-per-year = Referrals per customer per year
kind-fields-referred-leads-go-to = Referred leads go to
kind-fields-churn-per-year = Churn per year
kind-fields-share-becoming-organic-leads = Share becoming organic leads
kind-fields-delay = Delay
kind-fields-organic-leads-go-to = Organic leads go to
kind-fields-not-modelled = Not modelled
season-flat = Flat
inspector-share-of-converters = Share of converters
inspector-drag-to-move-them-together = Drag to move them together; Delete removes them; Ctrl+D duplicates.
inspector-flow = Flow
inspector-delete-flow = Delete flow
suffix-days = {" "}d
suffix-people = {" "}people
suffix-customers = {" "}customers
suffix-addresses = {" "}addresses
suffix-leads = {" "}leads
stage-inspector-order-value-prefix = Order value:{" "}
stage-inspector-busy = { $percent } busy
stage-inspector-remove-role = Remove { $name }
season-factor-for = Season factor for { $month }
season-average = average ×{ $average } · drag a month's bar
inspector-stages-selected = { $count ->
        [one] { $shown } stage selected
       *[other] { $shown } stages selected
    }

## Canvas
count-thousands = { $value }k
stage-figures-customers = { $customers } customers · +{ $won }/wk
stage-figures-lost = { $lost } lost
stage-figures-working = { $leads } in stage · { $onward }/wk on
stage-figures-working-short = { $leads } in stage
stage-figures-customers-short = { $customers } customers
stage-tag-waiting = { $waiting } waiting
stage-tag-bottleneck = Bottleneck · { $waiting } waiting
stage-tag-error = error
stage-tag-changed = changed
stage-tag-measured = measured
stage-tag-partly-measured = partly measured
stage-tag-today = { $count } today
stage-parameters-working = { $conversion } on · { $days } d
stage-parameters-pool = warms { $warm_up }/wk · unsub { $unsubscribe }
stage-parameters-customers = { $order_value } per order
stage-parameters-reach = { $organic } become organic

## Provenance

provenance-days = { $days } d
provenance-per-week = { $leads }/wk
provenance-measured = Measured from { $what ->
        [new-deals] { $count ->
            [one] { $shown } new deal
           *[other] { $shown } new deals
        }
        [stays] { $count ->
            [one] { $shown } stay
           *[other] { $shown } stays
        }
       *[deals] { $count ->
            [one] { $shown } deal
           *[other] { $shown } deals
        }
    }, { $period } · 90 %: { $interval }{ $thin ->
        [yes] {" "}· thin evidence
       *[no] {""}
    }
provenance-assumed = Assumed: typed over the measured { $measured } ({ $interval })
provenance-part-conversions = conversion of { $count ->
        [one] { $shown } stage
       *[other] { $shown } stages
    }
provenance-part-days = days in stage of { $shown }
provenance-part-sources = leads per week of { $count ->
        [one] { $shown } source
       *[other] { $shown } sources
    }
provenance-part-order-value = order value
provenance-note = Measured from CRM data ({ $deals } deals, { $period }): { $parts }; the rest is assumed.

## Plot, levers, scenarios, plan against actual and presentation

plot-leads-grow-without-bound-the = Leads grow without bound: the loop feeds more than it loses
plot-leads-per-stage = Leads per stage
plot-in-nurture = In nurture
plot-customers = Customers
plot-revenue-and-cost = Revenue and cost
plot-where-to-improve = Where to improve
plot-compare-scenarios = Compare scenarios
plot-plan-against-actual = Plan against actual
levers-no-stage-has-a-conversion = No stage has a conversion, a time in stage or a role to change.
levers-what-does-it-take-to = What does it take to win N customers (or revenue R) by week W?
levers-updating = updating…
scenarios-scenarios = Scenarios
scenarios-switch-to = Switch to
scenarios-remove = Remove
scenarios-keeps-this-version-and-goes = Keeps this version and goes on editing a copy with this name
scenarios-e-g-with-silo = e.g. With silo
scenarios-being-edited = being edited
scenarios-the-canvas-marks-what-differs = The canvas marks what differs from
presentation-step-p-play-esc-leave = ← → step · P play · Esc leave
presentation-what-if = What if…
presentation-reset = Reset
presentation-keep-changes-in-the-design = Keep changes in the design
presentation-play-key = P
presentation-overview = Overview
presentation-stage-of = Stage { $step } of { $stages }
presentation-pause = Pause
presentation-play = Play
presentation-customers = Customers
presentation-leads-in-stage = Leads in the stage
presentation-moving-on = Moving on per week
presentation-waiting = Waiting for a free person
presentation-conversion = Conversion
presentation-time-in-stage = Time in stage
presentation-days = { $count ->
        [one] { $shown } day
       *[other] { $shown } days
    }
presentation-people = People
presentation-tools = Tools
presentation-conversion-at = Conversion at { $stage }
presentation-headcount-at = { $role } headcount at { $stage }
presentation-effect = Customers by { $date }: { $before }
presentation-effect-changed = Customers by { $date }: { $before } → { $after } ({ $change })
plot-band-note = median of { $runs } runs, 10–90 % band
plot-active-customers = Active customers
plot-new-customers-per-week = New customers per week
plot-revenue-cumulative = Revenue (cumulative)
plot-existing-cumulative = From existing customers (cumulative)
plot-cost-cumulative = Cost (cumulative)
plot-profit-cumulative = Profit (cumulative)
plot-week-text = { $date } · ISO week { $iso_week } · week { $week } of the plan
levers-band = {" "}({ $low } to { $high })
levers-bar = { $customers }{ $band } customers · { $profit } profit
levers-bar-hint = { $lever } at { $stage }: { $customers }{ $band } customers and { $profit } profit by the horizon. Click to select the stage.
levers-method-monte-carlo = mean of { $runs } Monte Carlo runs, whiskers 10–90 %
levers-header = Each change alone, against the design as it is: customers and profit by { $date } ({ $method })
scenarios-save-as-new = Save as new scenario
scenarios-active-customers = { $scenario }: active customers
plan-actual-note = Deals entering each stage per week: the plan simulated from { $date } (lines) against the CRM (points). `leadflow backtest` measures the fit.
plan-actual-recorded = { $series } as recorded
plan-actual-won = Won

## Dialogs, steps and offers

modals-save-changes = Save changes?
modals-save = Save
modals-don-t-save = Don't save
modals-cancel = Cancel
modals-new-design-from-a-template = New design from a template
modals-the-file-changed-on-disk = The file changed on disk
modals-save-as = Save as…
modals-overwrite = Overwrite
modals-something-went-wrong = Something went wrong
modals-ok = OK
modals-keyboard-shortcuts = Keyboard shortcuts
modals-close = Close
modals-leadflow = Leadflow
modals-design-how-your-company-sells = Design how your company sells, and watch the lead flow it produces.
modals-add-the-stages-this-model = Add the stages this model needs?
modals-add-stages = Add stages
modals-not-now = Not now
modals-recover-unsaved-work = Recover unsaved work?
modals-restore = Restore
modals-discard = Discard
modals-discard-your-changes-and-open = Discard your changes and open the file as it is now
modals-your-design-is-unchanged = Your design is unchanged.
modals-they-are-placed-to-the = They are placed to the right; connect them where they belong.
export-dialog-export-image = Export image
export-dialog-export = Export…
export-dialog-copy-as-image = Copy as image
export-dialog-cancel = Cancel
export-dialog-format = Format
export-dialog-show = Show
export-dialog-scale = Scale
export-dialog-theme = Theme
export-dialog-background = Background
export-dialog-transparent = Transparent
export-dialog-light = Light
export-dialog-dark = Dark
goal-dialog-goal-seek = Goal seek
goal-dialog-close = Close
goal-dialog-simulating = Simulating…
goal-dialog-reach = Reach
goal-dialog-by-week = By week
goal-dialog-solve-for = Solve for
goal-dialog-of-stage = Of stage
goal-dialog-confidence = Confidence
goal-dialog-reach-it-in = Reach it in
goal-dialog-of-monte-carlo-runs = of Monte Carlo runs
goal-dialog-apply-to-design = Apply to design
goal-dialog-enter = Enter
goal-dialog-how-many-active-customers-or = How many active customers, or how much revenue earned
goal-dialog-changes-the-design-to-the = Changes the design to the answer; Undo takes it back
goal-dialog-what-does-it-take-to = What does it take to reach a goal by a given week?
goal-dialog-the-design-changed-since-the = The design changed since the last answer: solve again.
goal-dialog-the-goal-changed-since-the = The goal changed since the last answer: solve again.
goal-dialog-solve = Solve
wizard-dialog-new-design-from-four-questions = New design from four questions
wizard-dialog-create-design = Create design
wizard-dialog-cancel = Cancel
wizard-dialog-name = Name
crm-dialog-cancel = Cancel
crm-dialog-export-file = Export file
crm-dialog-browse = Browse…
crm-dialog-pipeline = Pipeline
crm-dialog-count-open-deals-on = Count open deals on
crm-dialog-dates-like-03-04-2026 = Dates like 03/04/2026
crm-dialog-nothing-match-at-least-one = Nothing: match at least one stage.
crm-dialog-path-to-deals-csv = /path/to/deals.csv
crm-dialog-when-the-export-holds-several = when the export holds several
crm-dialog-the-export-s-last-date = the export's last date
crm-dialog-name-the-columns-leadflow-does = Name the columns Leadflow does not recognise, then Read again.
crm-dialog-match-the-export-s-stages = Match the export's stages to this design's
crm-dialog-what-changes-today-measured-90 = What changes (today → measured, 90 % interval)
crm-dialog-read = Read
crm-dialog-columns-of-an-event-log = Columns (an event log, or an export in another language)
crm-dialog-recognised = Recognised
crm-dialog-not-matched = Not matched
command-palette-type-to-search-save-goal = type to search: save, goal, qualify…
command-palette-find-a-command-or-a = Find a command or a stage
command-palette-nothing-matches = Nothing matches.
chrome-no-recent-files = No recent files
chrome-nothing-to-report-the-design = Nothing to report: the design is complete.
chrome-findings = Findings
modals-unsaved-text = "{ $name }" has changes that are not saved. They are lost if you continue without saving.
modals-changed-on-disk-text = { $file } was changed by another window or program since you opened it. Saving now would replace those changes with yours.
modals-reload = Reload
modals-shortcut-or = {"  "}or{"  "}
shortcut-nudge = Nudge selection
shortcut-nudge-keys = Arrow keys (Shift: 1 unit)
shortcut-pan = Pan
shortcut-pan-keys = Space + drag, middle drag, or scroll
shortcut-zoom = Zoom
shortcut-zoom-keys = Ctrl + scroll
shortcut-rename = Rename a stage
shortcut-rename-keys = Double-click it
shortcut-add-flow = Add a flow
shortcut-add-flow-keys = Drag from a stage's + handle
shortcut-cancel-drag = Cancel a drag
shortcut-cancel-drag-keys = Escape
modals-version = Version { $version }
modals-recover-not-saved = a design not saved yet
modals-recover-text = Leadflow closed with unsaved changes to "{ $name }" ({ $file }). Restore them? They stay in the recovery file until you save them.
step-prospect = Prospect
step-make-contact = Make contact
step-qualify = Qualify
step-research = Research
step-present = Present
step-close = Close
step-first-check-in = First check-in
step-upsell = Upsell
step-identify-target-account = Identify target account
step-build-stakeholder-list = Build stakeholder list
step-compile-initial-strategy = Compile initial strategy
step-landing-page = Landing page
stage-name-capture = Capture
offer-inbound = Inbound: leads come to you, and the process starts when inbound reps qualify them.
offer-outbound = Outbound: reps make the first touch from lists of people who fit the buyer profile.
offer-relationship-based = Relationship-based: most revenue comes from existing customers, so the process must not end at Close.
offer-team-selling = Team selling: after Qualify, a business analyst, a marketing coordinator and the rep research the account before the account executive presents.
offer-account-based = Account-based: carefully chosen target accounts, every stakeholder reached, research before the first call.
offer-relationship-model = The relationship model keeps people with low intent in a nurture pool and communicates with them over time.
offer-digital-branding = Digital branding reaches people without capturing them; at best a small, delayed share comes back as organic leads.
offer-e-commerce = E-commerce leads from an ad or article to a page where the conversion happens.

## Starting designs (their names, notes, stages and sources as created)

template-account-based-name = Account-based selling
template-account-based-notes = Choose account-based selling when a few large accounts matter and many people at each influence the decision. Precision instead of cold lists, every stakeholder reached, no standard pitch: research comes before the first call.
template-account-based-stage-build-stakeholder-list = Build stakeholder list
template-account-based-stage-close = Close
template-account-based-stage-compile-initial-strategy = Compile initial strategy
template-account-based-stage-customers = Customers
template-account-based-stage-identify-target-account = Identify target account
template-account-based-stage-make-contact = Make contact
template-account-based-stage-make-contact-notes = Personal outreach to the first stakeholders.
template-account-based-stage-present = Present
template-account-based-source-target-accounts = Target accounts from the ideal customer profile
template-account-based-title = Account-based selling
template-account-based-subtitle = Few accounts, every stakeholder, no standard pitch
template-classic-funnel-name = Classic funnel
template-classic-funnel-notes = Choose the classic funnel when most buyers find you through campaigns and search and buy within weeks. Each step narrows the audience: Awareness (campaigns, search, videos, blogs), Consideration (newsletters, e-books, case studies), Conversion (testimonials, a campaign offer). Where interest drops is the step to fix.
template-classic-funnel-stage-awareness = Awareness
template-classic-funnel-stage-awareness-notes = Social campaigns, search marketing, videos and blogs.
template-classic-funnel-stage-consideration = Consideration
template-classic-funnel-stage-consideration-notes = Newsletters, e-books and case studies for people comparing offers.
template-classic-funnel-stage-conversion = Conversion
template-classic-funnel-stage-conversion-notes = Testimonials and a campaign offer help the purchase.
template-classic-funnel-stage-customers = Customers
template-classic-funnel-source-search-ads = Search ads
template-classic-funnel-source-seo-content = SEO and blog
template-classic-funnel-source-social = Social media
template-classic-funnel-title = Our sales funnel
template-classic-funnel-subtitle = Awareness → Consideration → Conversion
template-digital-branding-name = Digital branding alone
template-digital-branding-notes = Digital branding alone spreads content on social media, ads and campaigns with no link to a purchase and no way to continue the dialogue. It needs high intensity, is hard to measure, and returns at best a small, delayed trickle of organic leads. Compare it with the sales silo before you spend.
template-digital-branding-stage-brand-reach = Brand reach
template-digital-branding-stage-brand-reach-notes = People reached are not captured: nobody is identifiable.
template-digital-branding-stage-contact-request = Contact request
template-digital-branding-stage-contact-request-notes = The few who remember us and get in touch.
template-digital-branding-stage-customers = Customers
template-digital-branding-source-social-campaign = Social media campaign
template-digital-branding-source-video-ads = Video ads
template-digital-branding-title = Digital branding alone
template-digital-branding-subtitle = Reach without capture
template-e-commerce-entry-offer-name = E-commerce with an entry offer
template-e-commerce-entry-offer-notes = Choose e-commerce with an entry offer when a complex service can be packaged into something easy to buy online the first time, such as a fixed-price workshop. Every step is measurable, so it can be optimised on facts. It starts as a new company does: no customers yet and nothing in the pipeline.
template-e-commerce-entry-offer-stage-checkout = Checkout
template-e-commerce-entry-offer-stage-customers = Entry-offer customers
template-e-commerce-entry-offer-stage-landing-page = Landing page
template-e-commerce-entry-offer-stage-landing-page-notes = One page, one offer, one button.
template-e-commerce-entry-offer-source-search-ads = Search ads
template-e-commerce-entry-offer-source-seo = Organic search
template-e-commerce-entry-offer-source-social-ads = Social ads
template-e-commerce-entry-offer-title = E-commerce with an entry offer
template-e-commerce-entry-offer-subtitle = Easy to buy the first time
template-flywheel-name = Flywheel
template-flywheel-notes = Choose the flywheel when delighted customers are your best salespeople: repeat purchases and recommendations feed new leads back into Attract. The first purchase is only halfway; product quality and after-sales service (delivery, complaints, offers for returning customers) keep the wheel turning.
template-flywheel-stage-attract = Attract
template-flywheel-stage-attract-notes = Consistent communication, social presence and influencers.
template-flywheel-stage-delight = Delight
template-flywheel-stage-delight-notes = After the purchase: fast delivery, good complaint handling and offers for returning customers.
template-flywheel-stage-engage = Engage
template-flywheel-stage-engage-notes = Show that the offer solves their problem: website UX and detailed information.
template-flywheel-source-influencers = Influencer collaborations
template-flywheel-source-social = Social media
template-flywheel-title = Our flywheel
template-flywheel-subtitle = Attract → Engage → Delight, with referrals feeding Attract
template-inbound-name = Inbound sales
template-inbound-notes = Choose inbound when most leads come to you: ads, search and content make visitors fill in a form, and inbound reps qualify them. The process starts at Qualify; the work is in attracting the right visitors and answering fast.
template-inbound-stage-close = Close
template-inbound-stage-customers = Customers
template-inbound-stage-present = Present
template-inbound-stage-qualify = Qualify
template-inbound-stage-qualify-notes = Call back within a day; check need, budget and timing.
template-inbound-source-search-ads = Search ads
template-inbound-source-webinars = Webinars
template-inbound-source-website-forms = Website forms (SEO and content)
template-inbound-title = Inbound sales
template-inbound-subtitle = Leads come to us; we qualify them fast
template-outbound-name = Outbound sales
template-outbound-notes = Choose outbound when you know exactly who should buy and they will not find you on their own: reps make the first touch by cold call, cold e-mail, social media or networking, from lists of people who fit the buyer profile. The first stages are Prospect and Make contact.
template-outbound-stage-close = Close
template-outbound-stage-customers = Customers
template-outbound-stage-make-contact = Make contact
template-outbound-stage-make-contact-notes = Cold calls, cold e-mail and social selling; several attempts per lead.
template-outbound-stage-present = Present
template-outbound-stage-prospect = Prospect
template-outbound-stage-prospect-notes = Check each name on the list against the buyer profile.
template-outbound-stage-qualify = Qualify
template-outbound-source-cold-list = Bought contact list
template-outbound-source-networking = Networking and LinkedIn
template-outbound-title = Outbound sales
template-outbound-subtitle = Prospect → Make contact → Qualify → Present → Close
template-relationship-b2b-with-entry-offer-name = Relationship-based B2B with an e-commerce entry offer
template-relationship-b2b-with-entry-offer-notes = Choose this combination when your main sale is a tailor-made B2B service but an entry offer can be sold online: the webshop captures buyers early in their journey, not only the 3 % who are ready now, and the relationship model nurtures everyone else until they are ready to talk to a seller.
template-relationship-b2b-with-entry-offer-stage-close = Close
template-relationship-b2b-with-entry-offer-stage-customers = Customers
template-relationship-b2b-with-entry-offer-stage-customers-notes = Account care; repeat purchases are upsells.
template-relationship-b2b-with-entry-offer-stage-entry-offer = Entry offer
template-relationship-b2b-with-entry-offer-stage-entry-offer-notes = A fixed-price workshop bought online; its revenue pays for the ads and is not counted here.
template-relationship-b2b-with-entry-offer-stage-landing-page = Landing page
template-relationship-b2b-with-entry-offer-stage-landing-page-notes = Offers the entry workshop and a guide for e-mail sign-up; those who only sign up go to the silo.
template-relationship-b2b-with-entry-offer-stage-nurture = Nurture silo
template-relationship-b2b-with-entry-offer-stage-nurture-notes = A newsletter and e-mail series that end in a call to action.
template-relationship-b2b-with-entry-offer-stage-present = Present
template-relationship-b2b-with-entry-offer-stage-qualify = Qualify
template-relationship-b2b-with-entry-offer-source-linkedin = LinkedIn content
template-relationship-b2b-with-entry-offer-source-search-ads = Search ads
template-relationship-b2b-with-entry-offer-title = B2B relationship selling with an entry offer
template-relationship-b2b-with-entry-offer-subtitle = Webshop for the first purchase, relationship for the rest
template-relationship-based-name = Relationship-based selling
template-relationship-based-notes = Choose relationship-based selling when almost all revenue comes from existing customers: reps spend more time caring for accounts than prospecting, so the process does not end at Close. First check-in and Upsell follow every sale; the design starts from the 320 customers and the open pipeline the company has today, and their repeat orders, the revenue from existing customers, are shown apart from new business.
template-relationship-based-stage-close = Close
template-relationship-based-stage-customers = Customers
template-relationship-based-stage-customers-notes = Account care: regular check-ins; repeat purchases are the upsells.
template-relationship-based-stage-first-check-in = First check-in
template-relationship-based-stage-first-check-in-notes = A call two weeks after delivery: is everything as promised?
template-relationship-based-stage-make-contact = Make contact
template-relationship-based-stage-present = Present
template-relationship-based-stage-prospect = Prospect
template-relationship-based-stage-qualify = Qualify
template-relationship-based-stage-upsell = Upsell
template-relationship-based-stage-upsell-notes = Review needs together; propose the next step.
template-relationship-based-source-cold-list = Target list
template-relationship-based-source-events = Industry events
template-relationship-based-title = Relationship-based selling
template-relationship-based-subtitle = The sale is where the relationship starts
template-sales-silo-name = Sales silo
template-sales-silo-notes = Choose the sales silo when people buy at very different rhythms and a lead that is not ready today may be next quarter. Nobody falls out through the holes of the funnel: everyone who may become a customer stays in the silo and gets low-intensity, relevant e-mail, and the hot leads are taken out for personal contact.
template-sales-silo-stage-capture = Capture
template-sales-silo-stage-capture-notes = E-book and webinar sign-ups: the e-mail address is the digital business card.
template-sales-silo-stage-close = Close
template-sales-silo-stage-customers = Customers
template-sales-silo-stage-present = Present
template-sales-silo-stage-qualify = Qualify
template-sales-silo-stage-qualify-notes = Inbound reps call the warm leads.
template-sales-silo-stage-silo = Nurture silo
template-sales-silo-stage-silo-notes = A monthly newsletter and a short e-mail series; lead scoring flags the hot ones.
template-sales-silo-source-linkedin-ads = LinkedIn ads
template-sales-silo-source-seo-content = SEO and content
template-sales-silo-source-webinars = Webinars
template-sales-silo-title = Our sales silo
template-sales-silo-subtitle = Nobody falls through the funnel: the silo keeps them warm
template-team-selling-name = Team selling
template-team-selling-notes = Choose team selling when several people take part in each sale: an SDR qualifies and hands over to an account executive, a business analyst and a marketing coordinator research the customer, and customer success joins for onboarding. A CRM where the team sees each account's history is essential.
template-team-selling-stage-close = Close
template-team-selling-stage-customers = Customers
template-team-selling-stage-make-contact = Make contact
template-team-selling-stage-present = Present
template-team-selling-stage-qualify = Qualify
template-team-selling-stage-qualify-notes = The SDR qualifies, then hands over to the account executive.
template-team-selling-stage-research = Research
template-team-selling-stage-research-notes = Analyst: the customer's industry and market. Marketing: content that matters to the stakeholders. Rep: which other companies may be interested.
template-team-selling-source-cold-list = Target list
template-team-selling-source-website-forms = Website forms
template-team-selling-title = Team selling
template-team-selling-subtitle = SDR → account executive, with research and customer success

## The role and tool catalogue

catalogue-role-sdr = SDR
catalogue-role-account-executive = Account executive
catalogue-role-account-executive-short = AE
catalogue-role-marketing-coordinator = Marketing coordinator
catalogue-role-marketing-coordinator-short = Mkt coord.
catalogue-role-business-analyst = Business analyst
catalogue-role-business-analyst-short = Analyst
catalogue-role-content-creator = Content creator
catalogue-role-content-creator-short = Content
catalogue-role-seo-sem-specialist = SEO/SEM specialist
catalogue-role-seo-sem-specialist-short = SEO/SEM
catalogue-role-customer-success = Customer success
catalogue-role-customer-success-short = Success
catalogue-role-support = Support
catalogue-tool-crm = CRM
catalogue-tool-marketing-automation = Marketing automation
catalogue-tool-marketing-automation-short = Automation
catalogue-tool-email = E-mail
catalogue-tool-ads-platform = Ads platform
catalogue-tool-webshop = Webshop
catalogue-tool-social-media = Social media
catalogue-tool-video = Video
catalogue-tool-meeting-booking = Meeting booking
catalogue-tool-e-procurement = E-procurement
catalogue-tool-meeting-booking-short = Booking

## Wizard and more dialogs

wizard-1-where-do-most-leads = 1. Where do most leads come from?
wizard-they-come-to-us-ads = They come to us: ads, search, content
wizard-we-reach-out-cold-lists = We reach out: cold lists, calls, e-mail, networking
wizard-both-in-similar-measure = Both, in similar measure
wizard-2-how-much-of-your = 2. How much of your revenue comes from existing customers?
wizard-3-how-many-of-your = 3. How many of your people take part in each sale?
wizard-4-do-you-pitch-one = 4. Do you pitch one person or many at a target account?
wizard-one-person-decides = One person decides
wizard-many-stakeholders-influence-the-decision = Many stakeholders influence the decision
wizard-a-typical-first-order-and = A typical first order, and how long buying takes
wizard-how-do-your-customers-buy = How do your customers buy? (none: let Leadflow suggest)
wizard-customers-today = Customers today
wizard-recommended = Recommended: { $model }
wizard-why-account-based = Several stakeholders influence each decision at your target accounts: account-based selling picks accounts carefully and reaches every stakeholder with a researched, personal approach.
wizard-why-team-selling = Three or more of your people take part in each sale: team selling, with an SDR handing qualified leads to an account executive, research before presenting, and a CRM the whole team shares.
wizard-why-relationship-based = Most of your revenue comes from existing customers: relationship-based selling, where the process goes on after Close with a first check-in and upselling.
wizard-why-inbound = Most leads come to you through ads, search and content: inbound selling, where the process starts when reps qualify them.
wizard-why-outbound = Your reps make the first touch from lists of people who fit your buyer profile: outbound selling, starting with Prospect and Make contact.
wizard-default-name = Our sales process
wizard-target-account-list = Target account list
wizard-transactions = Transactions: { $models }.
wizard-why-nurture-pool = A nurture pool keeps the leads who are not ready yet.
wizard-why-brand-reach = Brand reach brings a small, delayed share back as organic leads.

## Goal seek, export, CRM dialog and files

goal-dialog-customers = Customers
goal-dialog-ending = ending { $date }
goal-dialog-headcount = Headcount
goal-dialog-judge-by-runs = Judge by { $runs } Monte Carlo runs rather than expected values
goal-dialog-today = today { $reached } by { $date }
goal-dialog-no-role = No stage has a role to add people to.
goal-dialog-no-conversion = No stage has a conversion to change.
export-dialog-pixels = { $width } × { $height } pixels
export-dialog-vectors = Vectors: sharp at any size
export-dialog-only-selected = Only the selected stages
chrome-open-recent = Open recent
export-format-png = PNG image
export-format-svg = SVG vector image
export-format-pdf = PDF document
export-layout-diagram = Diagram
export-layout-slide = Slide (16:9)
crm-dialog-not-a-date = "{ $text }" is not a date like 2026-11-30 (YYYY-MM-DD)
crm-dialog-title-new = New design from a CRM export
crm-dialog-title-calibrate = Calibrate from a CRM export
crm-dialog-intro = An event log (CSV), or HubSpot, Pipedrive or Salesforce deals as they export them (CSV or XLSX). Deal names and owners are not kept.
crm-dialog-name-columns-hint = In this dialog, name the columns under "Columns of an event log" above and Read again.
crm-dialog-stale = The settings changed since the export was read: Read again to use them.
crm-dialog-imported-pipeline = Imported pipeline
crm-field-case = Deal (case id)
crm-field-stage = Stage
crm-field-time = Time entered
crm-field-source = Source
crm-field-amount = Amount
crm-field-outcome = Outcome
crm-field-created = Created
crm-slash-decide = Decide from the column
crm-slash-day-first = Day first (3 April)
crm-slash-month-first = Month first (4 March)
crm-dialog-plan-starts = The plan starts on { $date } (the day the open deals were counted).
crm-dialog-keeps-actuals = The design keeps { $weeks } weeks of actuals from { $date } for "Plan against actual", in place of any it kept.
crm-dialog-open-deals = { $deals } open deals
file-dialog-read-a-crm-export = Read a CRM export
file-dialog-crm-export = CRM export
file-dialog-open-design = Open design
file-dialog-leadflow-design = Leadflow design
file-dialog-image-exported-by-leadflow = Image exported by Leadflow
file-dialog-save-design = Save design
file-dialog-export-image = Export image
file-dialog-open = Open
file-dialog-save = Save
file-dialog-cancel = Cancel
file-dialog-refresh = Refresh
file-dialog-parent-folder = Up one folder
file-dialog-file = File:
file-dialog-show-hidden = Show hidden files
file-dialog-replace = “{ $name }” already exists. Replace it?
file-dialog-replace-it = Replace
file-dialog-no-system = This computer offers no file dialog of its own (no desktop portal, no zenity), so Leadflow shows its own. View → Leadflow's own file dialog makes it the default.
document-unsaved-design = Unsaved design
palette-stage-item = Stage: { $name }
app-no-template = there is no template "{ $name }"
app-autosave-failed = Autosave failed: { $error }

## Findings, fixes, undo steps, levers and goal seek

fix-add-capture = Add a capture stage
fix-add-nurture-pool = Add a nurture pool
fix-add-model-stages = Add the post-sale stages
fix-add-crm = Give every stage the CRM
fix-add-person = Add one person
fix-add-sdr = Staff it with an SDR
finding-branding-without-capture = { $stage }: people are reached but not captured, so there is no way to continue the dialogue. A capture stage (a sign-up with e-mail follow-up) turns reach into leads.
finding-drops-without-pool = The process drops { $percent } of its leads and loses them: a nurture pool would keep them warm until they are ready.
finding-relationship-without-post-sale = Relationship-based selling, but the process ends at Close: add { $stages } to care for customers after the sale.
finding-and = {" "}and{" "}
finding-team-selling-without-crm = Team selling without a CRM: the team needs one place to comment on each account and see its history.
finding-inbound-starts-with-prospecting = { $stage }: an inbound design starts where leads come to you, at Qualify; prospecting is outbound work.
finding-one-more-person = {" "}One more person: { $gain } customers by { $date }.
finding-roles-cannot-keep-up = { $stage }: its people cannot keep up; { $backlog } leads wait by { $date }.{ $effect }
finding-stage-without-role = { $stage }: nobody works this stage; the simulation assumes unlimited capacity.
finding-source-costs-more = { $source }: about { $cost } per customer won, more than the { $order_value } of a first order.
change-edit = Edit
change-move-stages = Move stages
change-nudge = Nudge
change-rename-stage = Rename stage
change-add-stage = Add stage
change-delete = Delete
change-cut = Cut
change-paste = Paste
change-duplicate = Duplicate
change-add-flow = Add flow
change-delete-flow = Delete flow
change-change-flow-share = Change flow share
change-attach-role = Attach role
change-attach-tool = Attach tool
change-add-role = Add role
change-remove-role = Remove role
change-change-tools = Change tools
change-add-source = Add source
change-remove-source = Remove source
change-change-conversion = Change conversion
change-change-days-in-stage = Change days in stage
change-change-today = Change what is in the stage today
change-change-sales-model = Change sales model
change-change-transaction-models = Change transaction models
change-add-implied-stages = Add implied stages
change-arrange-funnel = Arrange as funnel
change-arrange-flywheel = Arrange as flywheel
change-add-scenario = Add scenario
change-switch-scenario = Switch scenario
change-remove-scenario = Remove scenario
change-goal-seek = Goal seek
change-calibrate = Calibrate from CRM export
change-keep-what-if = Keep what-if changes
change-apply-fix = Apply fix
lever-conversion = +10 % conversion
lever-time-in-stage = −10 % time in stage
lever-one-person = +1 person
lever-label = { $stage }: { $lever }
goal-out-of-reach = out of reach: even { $value } gets only { $reached } by week { $week }
goal-too-uncertain = out of reach: even { $value } reaches it in only { $percent } of the runs by week { $week }
goal-stopped = stopped before an answer was found
goal-no-sources = the design has no lead sources to scale
goal-no-stage = there is no stage "{ $stage }"
goal-no-role = stage "{ $stage }" has no role to add people to
goal-nothing-to-change = nothing to change
goal-customers-value = { $customers } customers
goal-leads-value = { $leads } leads per week in all
goal-conversion-value = { $conversion } conversion
goal-people-value = { $people } people
goal-answer-leads = { $leads } leads per week in all (today { $today })
goal-answer-conversion = { $conversion } conversion at { $stage } (today { $today })
goal-answer-people = { $people } people at { $stage } (today { $today })
goal-answer = To have { $wanted } by week { $week } ({ $date }): { $what }.
goal-answer-share = {" "}{ $percent } of { $runs } Monte Carlo runs reach it.

## Validation

validate-delays = brand reach: the delays add up to { $days } days, more than the { $max } a design may have
validate-scenario-part = scenario "{ $scenario }": { $part }
validate-rate-not-number = { $what }: { $field } is { $value }, not a number between 0 and 1
validate-rate-outside = { $what }: { $field } { $value } is outside 0..1
validate-not-finite = { $what }: { $field } is { $value }, not a finite number
validate-negative = { $what }: { $field } { $value } is negative
validate-above-limit = { $what }: { $field } { $value } is above the limit of { $max }
evidence-not-finite = its measured value and interval must be finite numbers
evidence-outside-interval = its interval { $low }..{ $high } does not contain the measured { $measured }
evidence-too-many-deals = it rests on { $deals } deals, more than the { $max } an import reads
evidence-period-reversed = its period starts ({ $from }) after it ends ({ $to })
actuals-too-many-weeks = actuals cover { $weeks } weeks; a design keeps at most { $max }
validate-evidence-broken = { $what }: the measurement of { $field } is broken: { $problem }
validate-too-long = { $what }: { $field } has { $chars } characters, more than the { $max } allowed
validate-too-many = { $what }: { $count }, more than the { $max } a design may have
validate-stage = stage "{ $name }" ({ $id })
validate-days-above-zero = { $what }: days_in_stage { $value } must be a number above 0
validate-days-under-a-day = { $what }: days_in_stage { $value } is under a day; the simulation steps a day at a time, so the stage takes one day
validate-position = { $what }: position ({ $x }, { $y }) is farther than { $max } from the centre of the canvas
validate-waiting-over-count = { $what }: waiting_today { $waiting } is more than the { $count } in the stage today
validate-waiting-unused = { $what }: waiting_today is only used by funnel steps and flywheel segments
validate-lost-starts-empty = { $what }: a lost end starts empty; in_stage_today is not used
validate-pool-shares = { $what }: warm-up and unsubscribe shares add up to more than 100 % a week
validate-source = source "{ $name }" ({ $id })
validate-growth = { $what }: growth_per_month { $value } must be a number above -1 and at most { $max }
validate-role = role "{ $name }" ({ $id })
validate-tool = tool "{ $name }" ({ $id })
validate-start-date = simulation: start_date { $date } is outside { $range }
validate-simulation-outside = simulation: { $field } { $value } is outside { $range }
validate-passes = simulation: { $runs } runs × { $weeks } weeks × { $stages } stages yield { $size } GB of figures, more than the { $kept } GB kept at once, so the runs are simulated { $passes } times over, each keeping a share; fewer runs or a shorter horizon are { $passes } times faster
validate-counted = simulation: { $runs } runs × { $weeks } weeks × { $stages } stages yield { $size } GB of figures, more than the { $kept } GB kept at once, so the percentiles are counted rather than kept: the runs are simulated { $passes } times over and the figures stay exact; fewer runs or a shorter horizon are faster
validate-season-length = { $what }: season has { $count } factors; it needs one per month, 12, or none
validate-season-factor = { $what }: season factor for { $month } is { $factor }, outside 0..10
validate-flow-no-stage = { $flow }: there is no stage "{ $stage }"
validate-flow-into-itself = { $flow }: a stage flows into itself
validate-flow-twice = { $flow }: appears more than once; merge the two
validate-drop-outs-missing = { $what }: drop-outs go to "{ $pool }", which does not exist
validate-drop-outs-not-pool = { $what }: drop-outs go to { $stage }, which is not a nurture pool
validate-names-missing = { $what }: { $field } names "{ $target }", which does not exist
validate-role-missing = { $what }: role "{ $role }" is not in the role catalogue
validate-tool-missing = { $what }: tool "{ $tool }" is not in the tool catalogue
validate-entry-missing = { $source }: entry stage "{ $stage }" does not exist
validate-flow = flow { $from } → { $to }
validate-shares-over = { $what }: outgoing flow shares add up to { $percent } %, over 100 %
validate-shares-under = { $what }: outgoing flow shares add up to { $percent } %; the other converters are lost
validate-nowhere-to-go = { $what }: converting leads have nowhere to go; add a flow
validate-no-sources = the design has no lead sources, so no lead enters it
validate-unreachable-customers = { $what }: no lead can reach this customer stage
validate-unreachable = { $what }: no lead can reach this stage
validate-no-customer-stage = the design has no customer stage, so the simulation counts no customers

## Canvas accessibility, chart ticks and the slide's season

canvas-drag-to-another-stage-to = Drag to another stage to add a flow
canvas-stage-name = Stage name
canvas-stage-label = Stage { $name }
canvas-add-flow-from = Add flow from { $name }
tick-millions = { $value } M
tick-thousands = { $value } k
slide-season = {" "}(season: { $low_month } ×{ $low } to { $high_month } ×{ $high })

## Load and save errors

load-cannot-read = { $file }: cannot read the file: { $error }
load-not-text = { $place }: this is not a text file (invalid UTF-8); is it a Leadflow design?
load-no-design-in-image = { $file }: this file holds no Leadflow design; only images and decks exported by Leadflow can be opened as designs
load-not-a-file = { $file }: not a regular file; a design is a .ron file or an image or deck exported by Leadflow
load-too-large = { $file }: { $bytes } bytes, more than the { $limit } bytes a design may have
load-empty = { $file }: the file is empty; it holds no design
load-newer-version = { $file }: written by a newer Leadflow (format version { $found }); this version reads up to { $supported }. Update Leadflow to open it.
load-ends-early = the file ends too early; is it complete?
load-expected-number = expected a number here
load-expected-found = expected { $expected }, found { $found }
load-unknown-field = unknown field `{ $found }` (written by a newer Leadflow, or a typo?); expected one of { $expected }
load-missing-field = the field `{ $field }` is missing
load-unknown-value = unknown value `{ $found }`; expected one of { $expected }
save-serialize = cannot write the design as RON: { $error }
save-cannot = { $file }: cannot save: { $error }
save-read-only = { $file }: the file is read-only; it was not replaced. Save under another name

## CRM import report

report-export = export
report-pipeline = , pipeline "{ $name }"
report-read = Read { $source }: { $kind }{ $pipeline }
report-deals = { $deals } deals ({ $won } won, { $lost } lost, { $open } open) from { $rows } rows, { $period }; open deals counted on { $date }.
report-stage-order = Stage order: { $order }.
report-column-stage = Stage
report-column-deals = Deals
report-column-conversion = Conversion (90 %)
report-column-days = Days in stage (90 %)
report-column-open = Open
report-none-left = none left it
report-not-in-export = not in the export
report-thin = {"  "}thin evidence: { $decided } deals decided
report-order-value = Order value: mean { $mean } from { $won } won deals; median { $median }.
report-no-order-value = Order value: no won deal has an amount.
report-skipped = Skipped { $count } rows or deals:
report-skipped-row = {"  "}row { $row }: { $reason }
report-skipped-more = {"  "}… and { $count } more
report-note = Note: { $note }.
report-none = none
report-moved-back-from = { $count } from { $stage }
report-moves-back = Moves back to an earlier stage: { $moves }
report-skips = Skips: { $from } → { $to }: { $count } of { $moved_on } moving on ({ $percent })
report-new-deals = New deals per week (90 %):
report-growth = growth { $growth } % a month ({ $low } to { $high } %)
report-no-growth = no growth clear enough to plan on (90 %: { $low } to { $high } % a month)
report-growth-beside-season = growth { $growth } % a month ({ $low } to { $high } %), not used: under two years of data the season explains the same months
report-too-short-for-growth = too short a period to fit growth
report-no-season = no season
report-seasonal = seasonal
report-source = {"  "}{ $source } → { $entry }: { $per_week } from { $deals } deals; { $growth }; { $season }

## CRM import messages and calibration

export-kind-event-log = event log
export-kind-hub-spot = HubSpot deals export
export-kind-pipedrive = Pipedrive deals export
export-kind-salesforce = Salesforce opportunity history
calibrate-conversion = conversion
calibrate-days-in-stage = days in stage
calibrate-in-stage-today = in this stage today
import-notes-built = Built from a { $kind } of { $deals } deals, { $period }, open deals counted on { $date }.
import-notes-measured = Measured: { $history ->
        [yes] conversion and days in stage
       *[no] conversion (days in stage could not be measured and are assumed: 7)
    } of { $stages } stages, new deals per week of { $sources } sources{ $order_value ->
        [yes] , the order value
       *[no] {""}
    }.
import-notes-assumed = Assumed (the export does not say): costs and staffing, repeat purchases, referrals and churn of customers.
import-error-row = row { $row }
import-error-column = column "{ $column }"
import-no-source-given = No source given
import-new-deals = New deals
import-other-sources = Other sources
import-has-column-names-but-no = has column names but no deals
import-as-given = as given
import-has-no-dates-leadflow-needs = has no dates: Leadflow needs when deals were created or entered their stages
import-has-no-column-names = has no column names
import-is-empty = is empty
import-is-not-a-regular-file = is not a regular file
import-is-not-a-table-neither = is not a table: neither CSV text nor an XLSX workbook
import-has-no-sheets = has no sheets
import-the-deal-has-no-stage = the deal has no stage entered, only its close
import-from-the-export-s-columns = from the export's columns
import-the-deal-entered-no-stage = the deal entered no stage of the pipeline
import-the-deal-is-deleted = the deal is deleted
import-cannot-read = cannot be read: { $error }
import-several-pipelines = holds { $count } pipelines ({ $pipelines }); choose one with --pipeline
import-too-many-cells = has { $cells } cells; an export has at most { $max } columns
import-too-many-deals = more than { $max } deals; split the export by period
import-too-many-stages-column = more than { $max } different stages: is this the stage column?
import-missing-column = has no "{ $column }" column, which a { $kind } needs
calibrate-order-value = order value
calibrate-leads-per-week = leads per week
import-repeats-row = { $column } { $id } repeats row { $row }; this row is left out
import-column-empty = column "{ $column }" is empty
import-not-a-status = column "{ $column }": "{ $text }" is not a status (open, won or lost); the deal is left out
import-closes-before-created = column "{ $column }": the deal closes before it was created; the deal is left out
import-leaves-before-entering = column "{ $column }": the deal leaves the stage before it enters it; the deal is left out
import-closed-before-stage = the deal of this row was closed on row { $row } before this stage entry; the deal is left out
import-note-no-deal-closed = no deal is closed (no stage called won or lost, no outcome column): the last stage's conversion cannot be measured
import-not-a-date = "{ $text }" is not a date
import-repeats-event = repeats row { $row } (same deal, stage and time)
import-not-csv = is not readable CSV: { $error }
import-not-xlsx = is not a readable XLSX workbook: { $error }
import-date-unlike-column = "{ $text }" is not a date in the format of the rest of the column (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY, with an optional time)
import-dates-ambiguous = every date reads both as DD/MM/YYYY and as MM/DD/YYYY; say which with --dates day-first or --dates month-first
import-all-skipped = has no deals Leadflow can use: all { $rows } rows were skipped (first: { $first })
import-order-by-arrival = by when deals reach them (pass --stage-order to set it)
import-order-unknown-stage = has no stage "{ $stage }" of the order given; its stages are: { $stages }
import-order-missing-stage = stage "{ $stage }" is missing from the order given (--stage-order must name every stage)
import-note-no-creation-date = { $deals } deals have no creation date: they are not counted as arrivals
import-order-by-time-in-pipeline = inferred from how long the deals in each stage have been in the pipeline (pass --stage-order to set it)
import-note-other-pipelines = { $deals } deals of other pipelines (or none) were not read
import-note-id-from-first-column = deals are told apart by the first column, “{ $column }”: no column is called Record ID (name another with --column case=NAME on the command line, or under Columns in the window)
import-note-pipedrive = Pipedrive's deals export has no stage history: conversions come from the furthest stage each deal reached, in the pipeline's order; days in stage cannot be measured and keep what the design has

## CRM import messages, more

import-unknown-export = is not a CRM export Leadflow knows (columns: { $columns }). An event log needs a case id, a stage and a timestamp column (e.g. deal_id, stage, entered_at); name yours with --column case=…, stage=…, time=…, or choose the kind with --format
import-no-such-pipeline = has no pipeline "{ $pipeline }"; its pipelines are: { $pipelines }

## CRM import messages, last

import-no-such-column = has no column "{ $column }" (given for { $field }); its columns are: { $columns }
import-too-large = is { $size } MB; Leadflow reads exports up to { $max } MB
import-column-case = case id (e.g. deal_id)
import-column-stage = stage
import-column-time = timestamp (e.g. entered_at)

canvas-minimap = The whole design: click or drag to look there

## The plan over time: figures and validation

figure-headcount = headcount
figure-conversion = conversion
figure-days-in-stage = days in stage
figure-leads-per-week = leads per week
figure-spend-per-week = spend per week
figure-order-value = order value
figure-repeat-purchases = repeat purchases per year
figure-churn-per-year = churn per year
validate-too-many-moves = the plan has { $count } moves; a design may have { $max }
validate-move-text-long = move "{ $name }…": a name may have { $max } characters and notes { $notes }
validate-move-no-figure = move "{ $name }": the design has no { $figure } of "{ $of }" (a stage or source it names is missing, or the role does not work that stage)
validate-move-not-a-number = move "{ $name }": its change or cost is not a number within the limits
validate-move-outside = move "{ $name }" starts on { $date }, outside the simulated { $start } – { $end }
validate-move-ends-before = move "{ $name }" ends on { $until }, not after it starts ({ $from })
validate-move-ramp-long = move "{ $name }": its ramp-up of { $days } days is longer than the { $horizon } days simulated
validate-move-figure-outside = move "{ $name }" takes { $figure } to { $value }, outside { $low } – { $high }

## The year month by month

months-month = Month
months-days = Days
months-leads-in = New leads
months-entering = Entering { $stage }
months-new-customers = New customers
months-active-customers = Customers at month end
months-revenue-new = Revenue, new customers
months-revenue-existing = Revenue, existing customers
months-cost-people = Cost, people
months-cost-tools = Cost, tools
months-cost-sources = Cost, lead sources
months-cost-moves = Cost, moves
months-profit = Profit
months-cumulative-profit = Cumulative profit
months-headcount = { $role } (people)

## Starting design: growth plan

template-growth-plan-name = Growth plan for the year
template-growth-plan-notes = A B2B company's year as planned in January. It starts with 60 customers and deals in every stage. One account executive presents and is the bottleneck: deals wait. Two more account executives start, in February and in May, each taking 90 days to reach full capacity (paid from the first day). A webinar campaign runs through the second quarter, a partner channel opens in April and ramps up over a month, and a new discovery playbook lifts Qualify from 35 % to 45 % over September and October. The year month by month shows the dip in profit while the new people ramp up and the quarter the pipeline fills.
template-growth-plan-title = Growth plan for the year
template-growth-plan-subtitle = Two hires, a campaign, a partner channel and a better playbook
template-growth-plan-stage-close = Close
template-growth-plan-stage-customers = Customers
template-growth-plan-stage-present = Present
template-growth-plan-stage-present-notes = One account executive presents today; deals wait for a free slot.
template-growth-plan-stage-qualify = Qualify
template-growth-plan-stage-qualify-notes = Call back within a day; check need, budget and timing.
template-growth-plan-source-partners = Partner channel
template-growth-plan-source-search-ads = Search ads
template-growth-plan-source-webinars = Webinars
template-growth-plan-source-website-forms = Website forms (SEO and content)
template-growth-plan-move-0 = An account executive starts
template-growth-plan-move-0-notes = Presents from February; about 90 days to full capacity.
template-growth-plan-move-1 = A second account executive starts
template-growth-plan-move-1-notes = Presents the deals the partner channel and the campaign bring.
template-growth-plan-move-2 = Webinar campaign
template-growth-plan-move-2-notes = A webinar every other week through the second quarter.
template-growth-plan-move-3 = Partner channel opens
template-growth-plan-move-3-notes = Two resellers; their leads build up over the first month.
template-growth-plan-move-4 = New discovery playbook
template-growth-plan-move-4-notes = Training in August; Qualify's conversion rises as the team adopts it.

## The plan in the editor

plot-months = Month by month
months-copy = Copy as table
months-copy-hint = Copies the table with its headings, tab-separated: paste it into a spreadsheet
months-note = Expected values. A week that spans two months gives each the share of its days.
months-note-bands = Means of the runs; customers and cumulative profit with their 10–90 % band. A week that spans two months gives each the share of its days.
timeline-add-move = Add a move…
timeline-empty = No moves: every figure holds from the first day to the horizon.
timeline-hint = Click a move to edit it, drag it along time; its box switches it off.
timeline-switch = Switch on: { $name }
timeline-bar-hint = Click to edit; drag to move it in time
move-figure-headcount = { $role } on { $stage }
move-figure-of = { $figure } of { $of }
move-default-name = Change to { $figure }
move-inspector-heading = Move
move-inspector-from-to = { $from } → { $to }
move-inspector-on = Switched on
move-inspector-name = Name
move-inspector-change = Change
move-change-to = To
move-change-by = By
move-change-by-percent = By percent
move-inspector-starts-on = Starts on
move-inspector-ramp-up = Full effect after
move-inspector-ramp-up-hint = Days over which the change takes full effect, linearly (a new account executive: about 90). 0: at once. New people are paid from their first day.
move-inspector-ends-on = Ends on
move-inspector-one-off-cost = One-off cost
move-inspector-cost-per-month = Cost per month
move-inspector-notes = Notes
move-inspector-notes-hint = Why, and what it rests on
move-inspector-remove = Remove move
stage-inspector-change-from-a-date = Change from a date…
stage-inspector-change-from-a-date-hint = Plan a change to one of this stage's figures from a date: a hire, a new playbook, a price
change-add-move = Add move
change-edit-move = Edit move
change-shift-move = Move in time
change-switch-move = Switch move
change-remove-move = Remove move

## The plan: with it and without it

plot-without-the-plan = Without the plan
plot-without-the-plan-value = { $customers } · { $profit }
plot-active-customers-without-the-plan = Active customers without the plan
plot-profit-without-the-plan = Cumulative profit without the plan
move-inspector-adds = Adds { $customers } customers and { $profit } profit by { $date } (expected values, against the plan without this move)
move-inspector-measured = Measured from { $deals } deals in the CRM until { $date }; from then on the figure is this move's, assumed.

## The plan in the slide and the presentation

slide-plan = The plan: { $moves }.
presentation-move = { $month }: { $name }

## The year month by month, exported

months-export = Export…
months-export-hint = Writes the table to a file: an Excel workbook (.xlsx) with these headings, or CSV with columns named for scripts
file-dialog-export-month-table = Export the year month by month
file-dialog-csv = CSV
file-dialog-excel-workbook = Excel workbook
status-wrote-months = Wrote the year month by month to { $file }

## The plan: sources

design-inspector-source-change-from-a-date-hint = Plan a change to this source from a date: a campaign (with an end), a new channel opening, a cut in spend

## The plan of record

command-freeze-plan-of-record = Freeze as the plan of record
modals-replace-plan-of-record = Replace the plan of record?
modals-replace-plan-of-record-text = The plan of record frozen on { $date } is replaced by the year as it stands now. Undo brings it back.
modals-replace = Replace
change-freeze-plan-of-record = Freeze the plan of record
status-froze-plan-of-record = Froze { $months } months as the plan of record
plot-plan-of-record = Plan of record ({ $date })
validate-record-too-long = the plan of record has more months than ten years
validate-record-not-numbers = the plan of record holds a figure that is not a number, or a count below zero

## The meeting deck (PowerPoint)

export-format-pptx = PowerPoint deck
export-dialog-deck = Slides with shapes, charts and tables to edit in PowerPoint, and speaker notes
deck-dated = { $date } · from { $start }, { $weeks } weeks
deck-title-process = How we sell
deck-title-year = The year
deck-title-money = Revenue and cost
deck-title-plan = The plan
deck-title-months = Month by month
deck-title-assumptions = What the figures rest on
deck-title-levers = Where to improve
deck-series-band = 10–90 % of the runs
deck-series-low = 10 %
deck-series-high = 90 %
deck-series-with-plan = With the plan
deck-series-without-plan = Without the plan
deck-revenue = Revenue
deck-cost = Cost
deck-column-figure = Figure
deck-column-value = Value
deck-column-basis = Where it comes from
deck-column-change = Change
deck-column-customers = Customers by the end
deck-column-profit = Profit by the end
deck-assumed = Assumed
deck-figure-conversion = { $stage }: conversion
deck-figure-days = { $stage }: days in stage
deck-figure-order-value = { $stage }: order value
deck-figure-leads = { $source }: new leads a week
deck-more-rows = and { $count } more
deck-notes-title = This deck shows { $name }: { $models }. Its figures run for { $weeks } weeks from { $date }.
deck-notes-process = How a lead becomes a customer, in { $stages } stages. Leads enter at: { $entries }.
deck-notes-bottleneck = The bottleneck is { $stage }: its people cannot keep up, and { $waiting } leads wait there by the end.
deck-notes-no-bottleneck = Every stage's people keep up with what reaches them.
deck-notes-band = The shaded band holds 80 % of the { $runs } simulated runs: the year is as likely to end below it as above it.
deck-notes-expected = The line shows expected values, without a range.
deck-notes-money = Revenue, cost and profit per month. Over the whole period, revenue is { $revenue } and cost { $cost }: a profit of { $profit }.
deck-notes-plan = { $count ->
    [one] The plan's one move
   *[other] The plan's { $count } moves, by date
}: { $moves }. With the plan, { $with } customers by the end; without it, { $without }.
deck-notes-months = The same period month by month: customers won, customers at the month's end, revenue, cost and profit.
deck-notes-assumptions = What each figure rests on: { $measured } of { $total } are measured from CRM data, with their 90 % interval; the rest are assumed.
deck-notes-levers = Each row is one change to one stage and what it adds by the end. The largest is { $lever }: { $customers } more customers.
deck-notes-no-levers = No single change to one stage adds customers or profit by the end.
# The first sheet of a chart's embedded workbook, named as the spreadsheet names it.
deck-sheet = Sheet1
# A month only partly in the period, with the days of it counted.
deck-partial-month = { $month } ({ $days } d)
export-dialog-export-deck = Export a PowerPoint deck

## The deck: scenarios

deck-title-scenarios = Scenarios compared
deck-column-scenario = Scenario
deck-notes-scenarios = The { $count } scenarios of the process side by side, each simulated over the same period. { $best } ends with the most customers: { $customers }.

# The report (PDF on A4 pages)
export-layout-report = Report (A4 pages)
pack-report-page = Page { $page } of { $pages }
pack-report-notes-title = This report shows { $name }: { $models }. Its figures run for { $weeks } weeks from { $date }.
pack-report-weekly-note = Revenue and cost per week; the month by month table below adds them up.
pack-report-title-actual = Plan against actual
pack-report-notes-actual = Deals entering each stage per week, as the plan expects them and as the CRM recorded them, over { $weeks } weeks from { $date }. The average miss is the mean difference in a week; in Monte Carlo, the last column says how many weeks fell inside the plan's 10–90 % band (about 80 % when the plan is right).
pack-report-column-planned = Planned a week
pack-report-column-actual = Recorded a week
pack-report-column-miss = Average miss
pack-report-column-inside = Weeks inside the band
export-dialog-export-report = Export a report
export-dialog-report = A4 pages to send ahead of the meeting: the process, the year, revenue and cost, the plan, the months, what the figures rest on and where to improve. The preview shows the first page.

# The flow in motion (GIF, animated PNG)
export-format-gif = GIF animation
export-format-apng = Animated PNG
export-dialog-export-motion = Export the flow in motion
export-dialog-seconds = Length
export-dialog-fps = Frames a second
export-dialog-motion = The leads flowing through the year in { $seconds } s, looping, { $width } × { $height } pixels. The preview shows the middle of the year.
motion-week = Week { $week } · { $month }

# The monthly review
review-column-month = Month
review-column-figure = Figure
review-column-planned = Planned
review-column-actual = Actual
review-column-difference = Difference
review-column-band = Band (10–90 %)
review-column-inside = In the band
review-figure-entering = { $stage } entering
review-figure-won = Won
review-figure-won-value = Won value
review-inside = inside
review-outside = outside
review-against-record = Against the plan of record frozen on { $frozen }, from { $from } to { $to }.
review-against-design = Against the design as it stands (it keeps no plan of record), from { $from } to { $to }.
review-not-in-export = Not in the export, so not reviewed: { $stages }.
review-band-note = The band is the 10–90 % range chance alone spreads a count around the plan; { $inside } of { $total } month figures lie inside it.
review-differs-conversion = Starts to differ at { $stage }: conversion { $realised } against { $planned } in the plan, from { $month } ({ $deals } deals decided).
review-differs-days = Starts to differ at { $stage }: { $realised } days in the stage against { $planned } in the plan, from { $month } ({ $deals } deals left it).
review-differs-nowhere = No stage differs from the plan by more than chance allows.
command-review-against-crm = Review against a CRM export…
crm-dialog-title-review = Review the plan against a CRM export
crm-dialog-close = Close
review-error-ends-before = The export ends on { $end }, before the plan starts on { $start }: choose a newer export.
review-error-starts-after = The export starts on { $start }, after the plan's last day, { $end }.
review-error-nothing-matched = None of the plan's stages is in the export (it has: { $stages }). Match them below.
review-error-no-deals = The export has no deals with dates to count.
crm-dialog-what-was-read = What the export holds
review-reforecast = If nothing changes, the year ends with { $year } deals won by { $until } ({ $so_far } so far and { $ahead } ahead; 10–90 %: { $low }–{ $high }), against { $planned } in the plan: { $gap }{ $target }.
review-reforecast-remeasured = Re-forecast from { $date }: the deals open then as the starting pipeline, every matched figure measured again from the export up to that day.
review-reforecast-kept = Re-forecast from { $date }: the deals open then as the starting pipeline, the plan's own figures kept.
review-keep-figures = Keep the plan's figures (only the open pipeline from the export)
review-chart-plan = Plan
review-chart-actual = Won so far
review-chart-reforecast = Re-forecast
review-chart-band = Re-forecast, 10–90 %
review-chart-title = Deals won since the plan's first day

# Targets
headline-short-of-target = Months short of target
headline-months-of = { $short } of { $months }
validate-targets-too-many = the targets cover more months than ten years
validate-targets-not-numbers = a target is not a number, is below zero or too large, or is not set on a month's first day
months-target-customers = Target: new customers
months-target-revenue = Target: revenue
months-targets = Targets
months-yearly-target = A figure for the period
months-spread-evenly = Spread evenly
months-spread-like-plan = Spread like the plan
months-clear-targets = Clear
months-targets-hint = Type a month's target in its row; a month the plan falls short of is marked. A figure for the whole period can be spread over its months, evenly or in the plan's own shape.
months-short = short
plot-target = Target (a week, in its month)
change-targets = Change targets
review-reforecast-target = , and { $target } in the targets: { $gap }
review-slide-title = { $name }: the plan against { $month }
review-copy-slide = Copy as slide
review-copy-slide-hint = Puts the review on the clipboard as a 16:9 slide (PNG) for the meeting's deck
goal-dialog-aim-at-targets = Aim at the revenue targets through
goal-dialog-pick-month = a month…
modals-keep-earlier-plan = Keep the earlier one and replace
modals-keep-earlier-plan-hint = The earlier plan stays in the design under its date and is drawn fainter beside the new one
earlier-plan-name = Plan of { $date }
validate-too-many-kept-plans = the design keeps more than 24 earlier plans
months-over-period = over the whole period
months-over-quarter = over Q{ $quarter } { $year }
review-reforecast-remeasured-but = Re-forecast from { $date }: the deals open then as the starting pipeline, the matched figures measured again from the export up to that day but for { $kept ->
    [one] one kept as the plan has it
   *[other] { $kept } kept as the plan has them
}.
review-figures-measured = Figures the re-forecast measures again (untick to keep the plan's)
goal-dialog-won = Customers won
goal-won-value = { $customers } customers won
goal-dialog-aim-at-customer-targets = Aim at the new-customer targets through
review-figure-won-target = Won against the target

# A design file that does not read, at a place in it; the problem as worded by the reader.
load-syntax = { $place }: { $problem }
load-parser-says = { $text }
import-skipped-first = row { $row }: { $reason }

# What a screen reader says of a flow and of a stage's sources on the canvas.
canvas-flow-label = Flow { $from } → { $to }
canvas-flow-description = { $share } of those moving on from { $from }
canvas-stage-sources = fed by { $sources }

## The canvas by keyboard
command-rename = Rename stage
command-draw-flow = Draw a flow from the selected stage
canvas-source-label = Source { $name }
canvas-source-description = { $channel }: { $leads } leads a week into { $stage }, costing { $cost } a week{ $seasonal ->
        [yes] , seasonal
       *[no] {""}
    }
status-drawing-flow = Drawing a flow from { $from }: choose the stage it goes to with the arrow keys or Tab; Escape stops
status-drawing-flow-to = Flow { $from } → { $to }: Enter draws it, Escape stops
wizard-buying-cycle = How long buying takes
about-licence = Free software under the MIT licence.
about-fonts = Fonts in the window and in exports
about-crates = Built with { $count_shown } open-source crates
about-crates-list = The crates and their licences
about-licence-texts = The licences' full texts are installed with Leadflow (on Linux in /usr/share/doc/leadflow) and are in its source, under assets/licences.
menu-text-size = Text size
command-next-pane = Next pane
command-previous-pane = Previous pane
pane-inspector = Inspector
pane-palette = Palette
calibrate-folded = Not matched: { $stages }. Its deals count with { $stage }: the conversion of { $own } alone becomes { $folded } to the next matched stage, and its days run until then.
calibrate-entry-folded = { $source }: its deals enter { $entry }, which is not matched; the { $share } that reach { $stage } are its leads there.
calibrate-preview-heading = The design as calibrated, replayed over the export's weeks (deals a week)
calibrate-preview-row = { $stage }: { $actual } in the export, { $planned } planned ({ $off })
calibrate-preview-won = Deals won
provenance-not-borne-out = Assumed: measured { $measured } ({ $interval }), but the design as calibrated planned { $planned } a week into { $stage } where the export recorded { $recorded }
provenance-not-borne-out-won = Assumed: measured { $measured } ({ $interval }), but the design as calibrated planned { $planned } deals won a week where the export recorded { $recorded }
evidence-name-too-long = the stage named where the replay was off is longer than { $max } characters
crm-field-pipeline = Pipeline
crm-field-closed = Closed (close date)
crm-field-won-time = Won time
crm-field-lost-time = Lost time
calibrate-wrote = wrote { $path } ({ $figures } figures measured, { $not_borne_out } of them not borne out by the replay)
cli-wrote-design = wrote { $path } ({ $stages } stages, { $sources } sources)
cli-wrote-file = wrote { $path } ({ $bytes } bytes)
cli-wrote-named = wrote { $path } ({ $name })
cli-wrote-recommended = wrote { $path } (sales model: { $model })
evidence-replay-not-a-count = what the replay planned and the export recorded must be finite numbers of at least 0
runaway-loop = Leads grow without bound: the loop { $round } gives back { $gain } leads for each lead that goes round
runaway-loop-customers-stay = Leads grow without bound: in the loop { $round } customers never leave, so they keep referring leads for as long as the simulation runs
wizard-does-not-pay = At { $order } per order this design earns { $revenue } against { $cost } of costs over its horizon; it pays for itself from about { $break_even } per order.
suffix-person = {" "}person
calibrate-preview-row-band = { $stage }: { $actual } in the export, { $planned } planned ({ $off }); { $inside } of its weeks inside the replay's 10–90 % band
calibrate-preview-holds-band = It reproduces what the export recorded at every matched stage and in deals won: within { $tolerance } a week, with at least { $coverage } of the weeks inside the replay's 10–90 % band (a right design puts 80 % there).
calibrate-preview-fails-band = It does not reproduce the export at { $stages } (more than { $tolerance } off a week, or fewer than { $coverage } of the weeks inside the replay's 10–90 % band, where a right design puts 80 %): the figures leading there are each measured but together do not give what happened, so they are kept as assumed, saying why. Match more stages, or check the matches, and calibrate again.
import-shared-strings-too-large = its shared strings (the text of its cells) inflate to more than { $max } MB, more than Leadflow reads; save the sheet as CSV and import that
cli-progress = Monte Carlo: { $done } of { $total } runs
cli-progress-left = Monte Carlo: { $done } of { $total } runs, about { $left } left
cli-stopped = Stopped with Ctrl+C: nothing was written
status-monte-carlo = Monte Carlo { $percent }
status-monte-carlo-left = Monte Carlo { $percent }, about { $left } left
status-stop = Stop
status-stop-hint = Stop the Monte Carlo runs; the expected values stay shown
status-monte-carlo-stopped = Monte Carlo stopped: expected values shown
cli-simulation-failed = The simulation failed; nothing was written
