//! Findings on a design that parses but does not make sense: each names what it concerns.

use super::calendar::{EARLIEST_START, LATEST_START};
use super::limits::{
    HORIZON_WEEKS, Keeping, MAX_CATALOGUE, MAX_DAYS, MAX_FLOWS, MAX_GROWTH_PER_MONTH,
    MAX_HEADCOUNT, MAX_IN_STAGE_TODAY, MAX_KEPT_FIGURES, MAX_LEADS_PER_PERSON_PER_WEEK,
    MAX_LEADS_PER_WEEK, MAX_MONEY, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_PER_YEAR, MAX_POSITION,
    MAX_SCENARIOS, MAX_SEASON_FACTOR, MAX_SOURCES, MAX_STAGES, MAX_TOTAL_DELAY_DAYS,
    MONTE_CARLO_RUNS, figures_per_week, kept_figures, total_delay_days,
};
use super::{Design, DropOuts, MONTHS, Point, SimulationMode, Stage, StageId, StageKind};
use crate::i18n::{Message, Value};
use std::collections::{BTreeSet, VecDeque};

pub use super::finding::{Finding, Severity, Subject};

/// Tolerance for shares that should sum to at most one.
const SHARE_EPSILON: f64 = 1e-9;

/// Checks a design and returns its findings, errors first.
#[must_use]
pub fn validate(design: &Design) -> Vec<Finding> {
    let mut findings = Findings::default();
    if !check_sizes(design, &mut findings) {
        // Too big to look into in bounded time: the sizes are the findings.
        return findings.0;
    }
    check_design(design, &mut findings);
    check_catalogue_and_settings(design, &mut findings);
    check_scenarios(design, &mut findings);
    findings.0.extend(super::plan_check::check(design));
    let mut all = findings.0;
    all.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    all
}

/// The checks of one process: the design as edited, or one of its other scenarios.
fn check_design(design: &Design, findings: &mut Findings) {
    if let Some(problem) = design
        .actuals
        .as_ref()
        .and_then(super::actuals::Actuals::problem)
    {
        findings.error(Subject::Design, problem);
    }
    let delays = total_delay_days(design);
    if delays > MAX_TOTAL_DELAY_DAYS {
        findings.error(
            Subject::Design,
            crate::message!(
                "validate-delays",
                days = readable(delays),
                max = MAX_TOTAL_DELAY_DAYS.to_string()
            ),
        );
    }
    check_stage_numbers(design, findings);
    check_sources(design, findings);
    check_flow_references(design, findings);
    check_stage_references(design, findings);
    check_flow_shares(design, findings);
    check_reachability(design, findings);
}

/// Counts and lengths within [`super::limits`]; says whether the design is small enough for
/// the other checks, whose work grows with it.
fn check_sizes(design: &Design, findings: &mut Findings) -> bool {
    let before = findings.0.len();
    let subject = Subject::Design;
    findings.count(&subject, "stages", design.stages.len(), MAX_STAGES);
    findings.count(&subject, "flows", design.flows.len(), MAX_FLOWS);
    findings.count(&subject, "sources", design.sources.len(), MAX_SOURCES);
    findings.count(&subject, "scenarios", design.scenarios.len(), MAX_SCENARIOS);
    findings.count(&subject, "roles", design.roles.len(), MAX_CATALOGUE);
    findings.count(&subject, "tools", design.tools.len(), MAX_CATALOGUE);
    for scenario in &design.scenarios {
        let what = crate::message!(
            "validate-scenario-part",
            scenario = scenario.name.as_str(),
            part = "stages"
        );
        findings.count(&subject, &what, scenario.stages.len(), MAX_STAGES);
        let what = crate::message!(
            "validate-scenario-part",
            scenario = scenario.name.as_str(),
            part = "flows"
        );
        findings.count(&subject, &what, scenario.flows.len(), MAX_FLOWS);
        let what = crate::message!(
            "validate-scenario-part",
            scenario = scenario.name.as_str(),
            part = "sources"
        );
        findings.count(&subject, &what, scenario.sources.len(), MAX_SOURCES);
        findings.text(&subject, "scenario", "name", &scenario.name, MAX_NAME_CHARS);
    }
    findings.text(&subject, "design", "name", &design.name, MAX_NAME_CHARS);
    findings.text(&subject, "design", "notes", &design.notes, MAX_NOTES_CHARS);
    findings.text(
        &subject,
        "design",
        "scenario",
        &design.scenario,
        MAX_NAME_CHARS,
    );
    let presentation = &design.presentation;
    findings.text(
        &subject,
        "presentation",
        "title",
        &presentation.title,
        MAX_NAME_CHARS,
    );
    findings.text(
        &subject,
        "presentation",
        "subtitle",
        &presentation.subtitle,
        MAX_NAME_CHARS,
    );
    findings.text(
        &subject,
        "presentation",
        "currency",
        &presentation.currency,
        8,
    );
    findings.0.len() == before
}

/// Each other scenario is a process of its own and is checked like one; its findings say
/// which scenario they are about.
fn check_scenarios(design: &Design, findings: &mut Findings) {
    for (name, scenario) in design.scenario_designs().into_iter().skip(1) {
        let mut of_scenario = Findings::default();
        check_design(&scenario, &mut of_scenario);
        for finding in of_scenario.0 {
            findings.push(
                finding.severity,
                finding.subject,
                crate::message!(
                    "validate-scenario-part",
                    scenario = name.as_str(),
                    part = finding.problem
                ),
            );
        }
    }
}

/// Whether any finding is an error.
#[must_use]
pub fn has_errors(findings: &[Finding]) -> bool {
    findings
        .iter()
        .any(|finding| finding.severity == Severity::Error)
}

#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn push(&mut self, severity: Severity, subject: Subject, problem: Message) {
        self.0.push(Finding {
            severity,
            subject,
            problem,
        });
    }

    fn error(&mut self, subject: Subject, problem: Message) {
        self.push(Severity::Error, subject, problem);
    }

    fn warning(&mut self, subject: Subject, problem: Message) {
        self.push(Severity::Warning, subject, problem);
    }

    /// A share or probability that must be a finite number in 0..=1.
    fn rate(&mut self, subject: &Subject, what: impl Into<Value> + Clone, field: &str, value: f64) {
        if !value.is_finite() {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-rate-not-number",
                    what = what,
                    field = field,
                    value = value.to_string()
                ),
            );
        } else if !(0.0..=1.0).contains(&value) {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-rate-outside",
                    what = what,
                    field = field,
                    value = value.to_string()
                ),
            );
        }
    }

    /// A volume, cost or count that must be a finite number in `0..=max`.
    fn amount(
        &mut self,
        subject: &Subject,
        what: impl Into<Value> + Clone,
        field: &str,
        value: f64,
        max: f64,
    ) {
        if !value.is_finite() {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-not-finite",
                    what = what,
                    field = field,
                    value = value.to_string()
                ),
            );
        } else if value < 0.0 {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-negative",
                    what = what,
                    field = field,
                    value = value.to_string()
                ),
            );
        } else if value > max {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-above-limit",
                    what = what,
                    field = field,
                    value = readable(value),
                    max = readable(max)
                ),
            );
        }
    }

    /// Text no longer than `max` characters.
    fn evidence(
        &mut self,
        subject: &Subject,
        what: impl Into<Value> + Clone,
        field: &str,
        evidence: &crate::design::Evidence,
    ) {
        if let Some(problem) = evidence.problem() {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-evidence-broken",
                    what = what,
                    field = field,
                    problem = problem
                ),
            );
        }
    }

    fn text(
        &mut self,
        subject: &Subject,
        what: impl Into<Value> + Clone,
        field: &str,
        text: &str,
        max: usize,
    ) {
        let chars = text.chars().count();
        if chars > max {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-too-long",
                    what = what,
                    field = field,
                    chars = chars.to_string(),
                    max = max.to_string()
                ),
            );
        }
    }

    /// A collection of at most `max` items.
    fn count(
        &mut self,
        subject: &Subject,
        what: impl Into<Value> + Clone,
        count: usize,
        max: usize,
    ) {
        if count > max {
            self.error(
                subject.clone(),
                crate::message!(
                    "validate-too-many",
                    what = what,
                    count = count.to_string(),
                    max = max.to_string()
                ),
            );
        }
    }
}

/// "flow qualify → present", as validation names a flow.
fn flow_label(flow: &super::Flow) -> Message {
    crate::message!(
        "validate-flow",
        from = flow.from.as_str(),
        to = flow.to.as_str()
    )
}

fn stage_label(design: &Design, stage_id: &StageId) -> Message {
    crate::message!(
        "validate-stage",
        name = design.stage_name(stage_id),
        id = stage_id.as_str()
    )
}

fn check_stage_numbers(design: &Design, findings: &mut Findings) {
    for (stage_id, stage) in &design.stages {
        let subject = Subject::Stage(stage_id.clone());
        let what = stage_label(design, stage_id);
        if stage.kind.is_working_stage() {
            findings.rate(&subject, &what, "conversion", stage.conversion);
        }
        if matches!(stage.kind, StageKind::Customer(_) | StageKind::Lost)
            || stage.days_in_stage.is_finite() && stage.days_in_stage > 0.0
        {
            // Customers and lost leads stay; their time in stage is not used.
        } else {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-days-above-zero",
                    what = &what,
                    value = stage.days_in_stage.to_string()
                ),
            );
        }
        if stage.days_in_stage.is_finite()
            && stage.days_in_stage > 0.0
            && stage.days_in_stage < 1.0
            && matches!(
                stage.kind,
                StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::BrandReach(_)
            )
        {
            findings.warning(
                subject.clone(),
                crate::message!(
                    "validate-days-under-a-day",
                    what = &what,
                    value = stage.days_in_stage.to_string()
                ),
            );
        }
        check_starting_state(stage, &subject, &what, findings);
        for staffing in &stage.roles {
            findings.amount(
                &subject,
                &what,
                &format!("headcount of {}", staffing.role),
                staffing.headcount,
                MAX_HEADCOUNT,
            );
        }
        findings.text(&subject, &what, "name", &stage.name, MAX_NAME_CHARS);
        let Point { x, y } = stage.position;
        if !(x.is_finite() && y.is_finite() && x.abs() <= MAX_POSITION && y.abs() <= MAX_POSITION) {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-position",
                    what = &what,
                    x = x.to_string(),
                    y = y.to_string(),
                    max = MAX_POSITION.to_string()
                ),
            );
        }
        findings.text(&subject, &what, "notes", &stage.notes, MAX_NOTES_CHARS);
        for (field, evidence) in stage.measured.all() {
            findings.evidence(&subject, &what, field, evidence);
        }
        if stage.days_in_stage.is_finite() && stage.days_in_stage > MAX_DAYS {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-above-limit",
                    what = &what,
                    field = "days_in_stage",
                    value = readable(stage.days_in_stage),
                    max = readable(MAX_DAYS)
                ),
            );
        }
        check_kind_numbers(&stage.kind, &subject, &what, findings);
    }
}

/// What a stage holds today: a finite count ≥ 0 within the limit, with no more waiting than
/// there is, and waiting only where people work.
fn check_starting_state(stage: &Stage, subject: &Subject, what: &Message, findings: &mut Findings) {
    findings.amount(
        subject,
        what,
        "in_stage_today",
        stage.in_stage_today,
        MAX_IN_STAGE_TODAY,
    );
    findings.amount(
        subject,
        what,
        "waiting_today",
        stage.waiting_today,
        MAX_IN_STAGE_TODAY,
    );
    if stage.waiting_today > stage.in_stage_today {
        findings.error(
            subject.clone(),
            crate::message!(
                "validate-waiting-over-count",
                what = what,
                waiting = stage.waiting_today.to_string(),
                count = stage.in_stage_today.to_string()
            ),
        );
    }
    if stage.waiting_today > 0.0 && !stage.kind.is_working_stage() {
        findings.warning(
            subject.clone(),
            crate::message!("validate-waiting-unused", what = what),
        );
    }
    if stage.in_stage_today > 0.0 && matches!(stage.kind, StageKind::Lost) {
        findings.warning(
            subject.clone(),
            crate::message!("validate-lost-starts-empty", what = what),
        );
    }
}

fn check_kind_numbers(
    kind: &StageKind,
    subject: &Subject,
    what: &Message,
    findings: &mut Findings,
) {
    match kind {
        StageKind::NurturePool(pool) => {
            findings.rate(subject, what, "warm_up_per_week", pool.warm_up_per_week);
            findings.rate(
                subject,
                what,
                "unsubscribe_per_week",
                pool.unsubscribe_per_week,
            );
            if pool.warm_up_per_week + pool.unsubscribe_per_week > 1.0 + SHARE_EPSILON {
                findings.error(
                    subject.clone(),
                    crate::message!("validate-pool-shares", what = what),
                );
            }
        }
        StageKind::Customer(customers) => {
            findings.amount(
                subject,
                what,
                "order_value",
                customers.order_value,
                MAX_MONEY,
            );
            findings.amount(
                subject,
                what,
                "repeat_purchases_per_year",
                customers.repeat_purchases_per_year,
                MAX_PER_YEAR,
            );
            findings.amount(
                subject,
                what,
                "referrals_per_customer_per_year",
                customers.referrals_per_customer_per_year,
                MAX_PER_YEAR,
            );
            findings.rate(subject, what, "churn_per_year", customers.churn_per_year);
        }
        StageKind::BrandReach(reach) => {
            findings.rate(subject, what, "organic_share", reach.organic_share);
            findings.amount(subject, what, "delay_days", reach.delay_days, MAX_DAYS);
        }
        StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => {}
    }
}

/// The lead sources of one process.
fn check_sources(design: &Design, findings: &mut Findings) {
    for (source_id, source) in &design.sources {
        let subject = Subject::Source(source_id.to_string());
        let what = crate::message!(
            "validate-source",
            name = source.name.as_str(),
            id = source_id.as_str()
        );
        findings.amount(
            &subject,
            &what,
            "leads_per_week",
            source.leads_per_week,
            MAX_LEADS_PER_WEEK,
        );
        findings.amount(
            &subject,
            &what,
            "cost_per_week",
            source.cost_per_week,
            MAX_MONEY,
        );
        findings.text(&subject, &what, "name", &source.name, MAX_NAME_CHARS);
        check_season(&source.season, &subject, &what, findings);
        if let Some(evidence) = &source.measured {
            findings.evidence(&subject, &what, "leads_per_week", evidence);
        }
        if !source.growth_per_month.is_finite()
            || source.growth_per_month <= -1.0
            || source.growth_per_month > MAX_GROWTH_PER_MONTH
        {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-growth",
                    what = &what,
                    value = source.growth_per_month.to_string(),
                    max = MAX_GROWTH_PER_MONTH.to_string()
                ),
            );
        }
    }
}

/// The catalogue and the simulation settings, shared by every scenario.
fn check_catalogue_and_settings(design: &Design, findings: &mut Findings) {
    for (role_id, role) in &design.roles {
        let subject = Subject::Catalogue(role_id.to_string());
        let what = crate::message!(
            "validate-role",
            name = role.name.as_str(),
            id = role_id.as_str()
        );
        findings.amount(
            &subject,
            &what,
            "monthly_cost",
            role.monthly_cost,
            MAX_MONEY,
        );
        findings.amount(
            &subject,
            &what,
            "leads_per_person_per_week",
            role.leads_per_person_per_week,
            MAX_LEADS_PER_PERSON_PER_WEEK,
        );
        findings.text(&subject, &what, "name", &role.name, MAX_NAME_CHARS);
        findings.text(
            &subject,
            &what,
            "short_name",
            &role.short_name,
            MAX_NAME_CHARS,
        );
    }
    for (tool_id, tool) in &design.tools {
        let subject = Subject::Catalogue(tool_id.to_string());
        let what = crate::message!(
            "validate-tool",
            name = tool.name.as_str(),
            id = tool_id.as_str()
        );
        findings.amount(
            &subject,
            &what,
            "monthly_cost",
            tool.monthly_cost,
            MAX_MONEY,
        );
        findings.text(&subject, &what, "name", &tool.name, MAX_NAME_CHARS);
        findings.text(
            &subject,
            &what,
            "short_name",
            &tool.short_name,
            MAX_NAME_CHARS,
        );
    }
    check_simulation_settings(design, findings);
}

/// The simulation's settings: start date, horizon, runs, and how many passes they take.
fn check_simulation_settings(design: &Design, findings: &mut Findings) {
    let settings = &design.simulation;
    if let Some(start_date) = settings.start_date
        && !(EARLIEST_START..=LATEST_START).contains(&start_date)
    {
        findings.error(
            Subject::Design,
            crate::message!(
                "validate-start-date",
                date = start_date.to_string(),
                range = format!("{EARLIEST_START}..{LATEST_START}")
            ),
        );
    }
    if !HORIZON_WEEKS.contains(&settings.horizon_weeks) {
        findings.error(
            Subject::Design,
            crate::message!(
                "validate-simulation-outside",
                field = "horizon_weeks",
                value = settings.horizon_weeks.to_string(),
                range = range_text(&HORIZON_WEEKS)
            ),
        );
    }
    if settings.mode == SimulationMode::MonteCarlo && kept_figures(design) > MAX_KEPT_FIGURES {
        let record_len =
            settings.horizon_weeks as usize * figures_per_week(design.stages.len()) as usize;
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let keeping =
            Keeping::for_runs(MAX_KEPT_FIGURES, settings.runs as usize, record_len, cores);
        let mut message = match keeping {
            Keeping::AllRuns { .. } => crate::message!("validate-passes"),
            Keeping::Counted { .. } => crate::message!("validate-counted"),
        };
        message.args = vec![
            ("runs", Value::Number(f64::from(settings.runs), 0)),
            ("weeks", settings.horizon_weeks.to_string().into()),
            ("stages", design.stages.len().to_string().into()),
            (
                "size",
                Value::Number(kept_figures(design) as f64 * 4.0 / 1e9, 1),
            ),
            (
                "kept",
                Value::Number(MAX_KEPT_FIGURES as f64 * 4.0 / 1e9, 1),
            ),
            ("passes", keeping.passes(record_len).to_string().into()),
        ];
        findings.warning(Subject::Design, message);
    }
    if !MONTE_CARLO_RUNS.contains(&settings.runs) {
        findings.error(
            Subject::Design,
            crate::message!(
                "validate-simulation-outside",
                field = "runs",
                value = settings.runs.to_string(),
                range = range_text(&MONTE_CARLO_RUNS)
            ),
        );
    }
}

/// A season: none, or twelve monthly factors, each a finite number in 0..=10.
fn check_season(season: &[f64], subject: &Subject, what: &Message, findings: &mut Findings) {
    if !season.is_empty() && season.len() != MONTHS.len() {
        findings.error(
            subject.clone(),
            crate::message!(
                "validate-season-length",
                what = what,
                count = season.len().to_string()
            ),
        );
    }
    for (month, &factor) in MONTHS.iter().zip(season) {
        if !factor.is_finite() || !(0.0..=MAX_SEASON_FACTOR).contains(&factor) {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-season-factor",
                    what = what,
                    month = *month,
                    factor = factor.to_string()
                ),
            );
        }
    }
}

fn check_flow_references(design: &Design, findings: &mut Findings) {
    let missing_stage = |stage_id: &StageId| !design.stages.contains_key(stage_id);
    for flow in &design.flows {
        let subject = Subject::Flow {
            from: flow.from.clone(),
            to: flow.to.clone(),
        };
        for end in [&flow.from, &flow.to] {
            if missing_stage(end) {
                findings.error(
                    subject.clone(),
                    crate::message!(
                        "validate-flow-no-stage",
                        flow = flow_label(flow),
                        stage = end.as_str()
                    ),
                );
            }
        }
        if flow.from == flow.to {
            findings.warning(
                subject.clone(),
                crate::message!("validate-flow-into-itself", flow = flow_label(flow)),
            );
        }
    }
    let mut seen = BTreeSet::new();
    for flow in &design.flows {
        if !seen.insert((&flow.from, &flow.to)) {
            findings.error(
                Subject::Flow {
                    from: flow.from.clone(),
                    to: flow.to.clone(),
                },
                crate::message!("validate-flow-twice", flow = flow_label(flow)),
            );
        }
    }
}

fn check_stage_references(design: &Design, findings: &mut Findings) {
    let missing_stage = |stage_id: &StageId| !design.stages.contains_key(stage_id);
    for (stage_id, stage) in &design.stages {
        let subject = Subject::Stage(stage_id.clone());
        let what = stage_label(design, stage_id);
        if let DropOuts::NurturePool(pool_id) = &stage.drop_outs {
            match design.stages.get(pool_id).map(|pool| &pool.kind) {
                None => findings.error(
                    subject.clone(),
                    crate::message!(
                        "validate-drop-outs-missing",
                        what = &what,
                        pool = pool_id.as_str()
                    ),
                ),
                Some(StageKind::NurturePool(_)) => {}
                Some(_) => findings.error(
                    subject.clone(),
                    crate::message!(
                        "validate-drop-outs-not-pool",
                        what = &what,
                        stage = stage_label(design, pool_id)
                    ),
                ),
            }
        }
        let target = match &stage.kind {
            StageKind::NurturePool(pool) => Some(("warm_up_to", &pool.warm_up_to)),
            StageKind::Customer(customers) => customers
                .referrals_to
                .as_ref()
                .map(|target| ("referrals_to", target)),
            StageKind::BrandReach(reach) => Some(("organic_to", &reach.organic_to)),
            StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => None,
        };
        if let Some((field, target)) = target
            && missing_stage(target)
        {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-names-missing",
                    what = &what,
                    field = field,
                    target = target.as_str()
                ),
            );
        }
        for staffing in &stage.roles {
            if !design.roles.contains_key(&staffing.role) {
                findings.error(
                    subject.clone(),
                    crate::message!(
                        "validate-role-missing",
                        what = &what,
                        role = staffing.role.as_str()
                    ),
                );
            }
        }
        for tool_id in &stage.tools {
            if !design.tools.contains_key(tool_id) {
                findings.error(
                    subject.clone(),
                    crate::message!(
                        "validate-tool-missing",
                        what = &what,
                        tool = tool_id.as_str()
                    ),
                );
            }
        }
    }
    for (source_id, source) in &design.sources {
        if missing_stage(&source.entry) {
            findings.error(
                Subject::Source(source_id.to_string()),
                crate::message!(
                    "validate-entry-missing",
                    source = crate::message!(
                        "validate-source",
                        name = source.name.as_str(),
                        id = source_id.as_str()
                    ),
                    stage = source.entry.as_str()
                ),
            );
        }
    }
}

fn check_flow_shares(design: &Design, findings: &mut Findings) {
    for (stage_id, stage) in &design.stages {
        let subject = Subject::Stage(stage_id.clone());
        let what = stage_label(design, stage_id);
        let mut total = 0.0;
        let mut count = 0;
        for flow in design.flows_from(stage_id) {
            count += 1;
            total += flow.share;
            findings.rate(
                &Subject::Flow {
                    from: flow.from.clone(),
                    to: flow.to.clone(),
                },
                &flow_label(flow),
                "share",
                flow.share,
            );
        }
        if total > 1.0 + SHARE_EPSILON {
            findings.error(
                subject.clone(),
                crate::message!(
                    "validate-shares-over",
                    what = &what,
                    percent = format!("{:.0}", total * 100.0)
                ),
            );
        } else if count > 0 && total < 1.0 - SHARE_EPSILON && stage.kind.is_working_stage() {
            findings.warning(
                subject.clone(),
                crate::message!(
                    "validate-shares-under",
                    what = &what,
                    percent = format!("{:.0}", total * 100.0)
                ),
            );
        } else if count == 0 && stage.kind.is_working_stage() && stage.conversion > 0.0 {
            findings.warning(
                subject,
                crate::message!("validate-nowhere-to-go", what = what),
            );
        }
    }
}

/// The stages leads can reach from where they enter (sources), following flows, drop-outs,
/// warm-ups, referrals and organic leads.
fn reachable_stages(design: &Design) -> BTreeSet<&StageId> {
    let mut reached: BTreeSet<&StageId> = BTreeSet::new();
    let mut queue: VecDeque<&StageId> = design.sources.values().map(|s| &s.entry).collect();
    while let Some(stage_id) = queue.pop_front() {
        let Some(stage) = design.stages.get(stage_id) else {
            continue;
        };
        if !reached.insert(stage_id) {
            continue;
        }
        queue.extend(design.flows_from(stage_id).map(|flow| &flow.to));
        if let DropOuts::NurturePool(pool_id) = &stage.drop_outs {
            queue.push_back(pool_id);
        }
        match &stage.kind {
            StageKind::NurturePool(pool) => queue.push_back(&pool.warm_up_to),
            StageKind::Customer(customers) => queue.extend(customers.referrals_to.as_ref()),
            StageKind::BrandReach(reach) => queue.push_back(&reach.organic_to),
            StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => {}
        }
    }
    reached
}

fn check_reachability(design: &Design, findings: &mut Findings) {
    if design.stages.is_empty() {
        return;
    }
    if design.sources.is_empty() {
        findings.warning(Subject::Design, crate::message!("validate-no-sources"));
        return;
    }
    let reached = reachable_stages(design);
    let mut has_customer_stage = false;
    for (stage_id, stage) in &design.stages {
        let is_customer = matches!(stage.kind, StageKind::Customer(_));
        has_customer_stage |= is_customer;
        if reached.contains(stage_id) {
            continue;
        }
        let what = stage_label(design, stage_id);
        if is_customer {
            findings.error(
                Subject::Stage(stage_id.clone()),
                crate::message!("validate-unreachable-customers", what = what),
            );
        } else if !matches!(stage.kind, StageKind::Lost) {
            findings.warning(
                Subject::Stage(stage_id.clone()),
                crate::message!("validate-unreachable", what = what),
            );
        }
    }
    if !has_customer_stage {
        findings.warning(
            Subject::Design,
            crate::message!("validate-no-customer-stage"),
        );
    }
}

/// A range as messages write it: "1..520".
#[must_use]
pub fn range_text(range: &std::ops::RangeInclusive<u32>) -> String {
    format!("{}..{}", range.start(), range.end())
}

/// A number as a message shows it: in full while it is short, in exponent form (1e308) when
/// it would run to hundreds of digits.
fn readable(value: f64) -> String {
    if value.abs() >= 1e9 {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}
