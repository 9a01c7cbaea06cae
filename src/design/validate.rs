//! Findings on a design that parses but does not make sense: each names what it concerns.

use super::calendar::{EARLIEST_START, LATEST_START};
use super::source::MAX_SEASON_FACTOR;
use super::{
    Design, DropOuts, HORIZON_WEEKS, MAX_IN_STAGE_TODAY, MONTE_CARLO_RUNS, MONTHS, Stage, StageId,
    StageKind,
};
use std::collections::{BTreeSet, VecDeque};
use std::fmt;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The design can be simulated but probably not as meant.
    Warning,
    /// The design cannot be simulated as it stands.
    Error,
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The design as a whole.
    Design,
    /// A stage.
    Stage(StageId),
    /// The flow between two stages.
    Flow {
        /// Where it leaves.
        from: StageId,
        /// Where it enters.
        to: StageId,
    },
    /// A lead source, by id.
    Source(String),
    /// A role or tool in the catalogue, by id.
    Catalogue(String),
}

/// One problem found in a design.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// What it concerns.
    pub subject: Subject,
    /// A sentence naming the problem, starting with what it concerns.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.message)
    }
}

/// Tolerance for shares that should sum to at most one.
const SHARE_EPSILON: f64 = 1e-9;

/// Checks a design and returns its findings, errors first.
#[must_use]
pub fn validate(design: &Design) -> Vec<Finding> {
    let mut findings = Findings::default();
    check_stage_numbers(design, &mut findings);
    check_other_numbers(design, &mut findings);
    check_flow_references(design, &mut findings);
    check_stage_references(design, &mut findings);
    check_flow_shares(design, &mut findings);
    check_reachability(design, &mut findings);
    let mut all = findings.0;
    all.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    all
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
    fn push(&mut self, severity: Severity, subject: Subject, message: String) {
        self.0.push(Finding {
            severity,
            subject,
            message,
        });
    }

    fn error(&mut self, subject: Subject, message: String) {
        self.push(Severity::Error, subject, message);
    }

    fn warning(&mut self, subject: Subject, message: String) {
        self.push(Severity::Warning, subject, message);
    }

    /// A share or probability that must be a finite number in 0..=1.
    fn rate(&mut self, subject: &Subject, what: &str, field: &str, value: f64) {
        if !value.is_finite() {
            self.error(
                subject.clone(),
                format!("{what}: {field} is {value}, not a number between 0 and 1"),
            );
        } else if !(0.0..=1.0).contains(&value) {
            self.error(
                subject.clone(),
                format!("{what}: {field} {value} is outside 0..1"),
            );
        }
    }

    /// A volume, cost or count that must be a finite number ≥ 0.
    fn non_negative(&mut self, subject: &Subject, what: &str, field: &str, value: f64) {
        if !value.is_finite() {
            self.error(
                subject.clone(),
                format!("{what}: {field} is {value}, not a finite number"),
            );
        } else if value < 0.0 {
            self.error(
                subject.clone(),
                format!("{what}: {field} {value} is negative"),
            );
        }
    }
}

fn stage_label(design: &Design, stage_id: &StageId) -> String {
    format!("stage \"{}\" ({stage_id})", design.stage_name(stage_id))
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
                format!(
                    "{what}: days_in_stage {} must be a number above 0",
                    stage.days_in_stage
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
                format!(
                    "{what}: days_in_stage {} is under a day; the simulation steps a day at a \
                     time, so the stage takes one day",
                    stage.days_in_stage
                ),
            );
        }
        check_starting_state(stage, &subject, &what, findings);
        for staffing in &stage.roles {
            findings.non_negative(
                &subject,
                &what,
                &format!("headcount of {}", staffing.role),
                staffing.headcount,
            );
        }
        check_kind_numbers(&stage.kind, &subject, &what, findings);
    }
}

/// What a stage holds today: a finite count ≥ 0 within the limit, with no more waiting than
/// there is, and waiting only where people work.
fn check_starting_state(stage: &Stage, subject: &Subject, what: &str, findings: &mut Findings) {
    findings.non_negative(subject, what, "in_stage_today", stage.in_stage_today);
    findings.non_negative(subject, what, "waiting_today", stage.waiting_today);
    if stage.in_stage_today > MAX_IN_STAGE_TODAY {
        findings.error(
            subject.clone(),
            format!(
                "{what}: in_stage_today {} is above the limit of {MAX_IN_STAGE_TODAY:e}",
                stage.in_stage_today
            ),
        );
    }
    if stage.waiting_today > stage.in_stage_today {
        findings.error(
            subject.clone(),
            format!(
                "{what}: waiting_today {} is more than the {} in the stage today",
                stage.waiting_today, stage.in_stage_today
            ),
        );
    }
    if stage.waiting_today > 0.0 && !stage.kind.is_working_stage() {
        findings.warning(
            subject.clone(),
            format!("{what}: waiting_today is only used by funnel steps and flywheel segments"),
        );
    }
    if stage.in_stage_today > 0.0 && matches!(stage.kind, StageKind::Lost) {
        findings.warning(
            subject.clone(),
            format!("{what}: a lost end starts empty; in_stage_today is not used"),
        );
    }
}

fn check_kind_numbers(kind: &StageKind, subject: &Subject, what: &str, findings: &mut Findings) {
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
                    format!(
                        "{what}: warm-up and unsubscribe shares add up to more than 100 % a week"
                    ),
                );
            }
        }
        StageKind::Customer(customers) => {
            findings.non_negative(subject, what, "order_value", customers.order_value);
            findings.non_negative(
                subject,
                what,
                "repeat_purchases_per_year",
                customers.repeat_purchases_per_year,
            );
            findings.non_negative(
                subject,
                what,
                "referrals_per_customer_per_year",
                customers.referrals_per_customer_per_year,
            );
            findings.rate(subject, what, "churn_per_year", customers.churn_per_year);
        }
        StageKind::BrandReach(reach) => {
            findings.rate(subject, what, "organic_share", reach.organic_share);
            findings.non_negative(subject, what, "delay_days", reach.delay_days);
        }
        StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => {}
    }
}

fn check_other_numbers(design: &Design, findings: &mut Findings) {
    for (source_id, source) in &design.sources {
        let subject = Subject::Source(source_id.to_string());
        let what = format!("source \"{}\" ({source_id})", source.name);
        findings.non_negative(&subject, &what, "leads_per_week", source.leads_per_week);
        findings.non_negative(&subject, &what, "cost_per_week", source.cost_per_week);
        check_season(&source.season, &subject, &what, findings);
        if !source.growth_per_month.is_finite() || source.growth_per_month <= -1.0 {
            findings.error(
                subject.clone(),
                format!(
                    "{what}: growth_per_month {} must be a number above -1",
                    source.growth_per_month
                ),
            );
        }
    }
    for (role_id, role) in &design.roles {
        let subject = Subject::Catalogue(role_id.to_string());
        let what = format!("role \"{}\" ({role_id})", role.name);
        findings.non_negative(&subject, &what, "monthly_cost", role.monthly_cost);
        findings.non_negative(
            &subject,
            &what,
            "leads_per_person_per_week",
            role.leads_per_person_per_week,
        );
    }
    for (tool_id, tool) in &design.tools {
        let subject = Subject::Catalogue(tool_id.to_string());
        let what = format!("tool \"{}\" ({tool_id})", tool.name);
        findings.non_negative(&subject, &what, "monthly_cost", tool.monthly_cost);
    }
    let settings = &design.simulation;
    if let Some(start_date) = settings.start_date
        && !(EARLIEST_START..=LATEST_START).contains(&start_date)
    {
        findings.error(
            Subject::Design,
            format!(
                "simulation: start_date {start_date} is outside {EARLIEST_START}..{LATEST_START}"
            ),
        );
    }
    if !HORIZON_WEEKS.contains(&settings.horizon_weeks) {
        findings.error(
            Subject::Design,
            format!(
                "simulation: horizon_weeks {} is outside {}",
                settings.horizon_weeks,
                range_text(&HORIZON_WEEKS)
            ),
        );
    }
    if !MONTE_CARLO_RUNS.contains(&settings.runs) {
        findings.error(
            Subject::Design,
            format!(
                "simulation: runs {} is outside {}",
                settings.runs,
                range_text(&MONTE_CARLO_RUNS)
            ),
        );
    }
}

/// A season: none, or twelve monthly factors, each a finite number in 0..=10.
fn check_season(season: &[f64], subject: &Subject, what: &str, findings: &mut Findings) {
    if !season.is_empty() && season.len() != MONTHS.len() {
        findings.error(
            subject.clone(),
            format!(
                "{what}: season has {} factors; it needs one per month, 12, or none",
                season.len()
            ),
        );
    }
    for (month, &factor) in MONTHS.iter().zip(season) {
        if !factor.is_finite() || !(0.0..=MAX_SEASON_FACTOR).contains(&factor) {
            findings.error(
                subject.clone(),
                format!("{what}: season factor for {month} is {factor}, outside 0..10"),
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
                    format!(
                        "flow {} → {}: there is no stage \"{end}\"",
                        flow.from, flow.to
                    ),
                );
            }
        }
        if flow.from == flow.to {
            findings.warning(
                subject.clone(),
                format!(
                    "flow {} → {}: a stage flows into itself",
                    flow.from, flow.to
                ),
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
                format!(
                    "flow {} → {}: appears more than once; merge the two",
                    flow.from, flow.to
                ),
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
                    format!("{what}: drop-outs go to \"{pool_id}\", which does not exist"),
                ),
                Some(StageKind::NurturePool(_)) => {}
                Some(_) => findings.error(
                    subject.clone(),
                    format!(
                        "{what}: drop-outs go to {}, which is not a nurture pool",
                        stage_label(design, pool_id)
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
                format!("{what}: {field} names \"{target}\", which does not exist"),
            );
        }
        for staffing in &stage.roles {
            if !design.roles.contains_key(&staffing.role) {
                findings.error(
                    subject.clone(),
                    format!(
                        "{what}: role \"{}\" is not in the role catalogue",
                        staffing.role
                    ),
                );
            }
        }
        for tool_id in &stage.tools {
            if !design.tools.contains_key(tool_id) {
                findings.error(
                    subject.clone(),
                    format!("{what}: tool \"{tool_id}\" is not in the tool catalogue"),
                );
            }
        }
    }
    for (source_id, source) in &design.sources {
        if missing_stage(&source.entry) {
            findings.error(
                Subject::Source(source_id.to_string()),
                format!(
                    "source \"{}\" ({source_id}): entry stage \"{}\" does not exist",
                    source.name, source.entry
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
                &format!("flow {} → {}", flow.from, flow.to),
                "share",
                flow.share,
            );
        }
        if total > 1.0 + SHARE_EPSILON {
            findings.error(
                subject.clone(),
                format!(
                    "{what}: outgoing flow shares add up to {:.0} %, over 100 %",
                    total * 100.0
                ),
            );
        } else if count > 0 && total < 1.0 - SHARE_EPSILON && stage.kind.is_working_stage() {
            findings.warning(
                subject.clone(),
                format!(
                    "{what}: outgoing flow shares add up to {:.0} %; the other converters are lost",
                    total * 100.0
                ),
            );
        } else if count == 0 && stage.kind.is_working_stage() && stage.conversion > 0.0 {
            findings.warning(
                subject,
                format!("{what}: converting leads have nowhere to go; add a flow"),
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
        findings.warning(
            Subject::Design,
            "the design has no lead sources, so no lead enters it".to_owned(),
        );
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
                format!("{what}: no lead can reach this customer stage"),
            );
        } else if !matches!(stage.kind, StageKind::Lost) {
            findings.warning(
                Subject::Stage(stage_id.clone()),
                format!("{what}: no lead can reach this stage"),
            );
        }
    }
    if !has_customer_stage {
        findings.warning(
            Subject::Design,
            "the design has no customer stage, so the simulation counts no customers".to_owned(),
        );
    }
}

/// A range as messages write it: "1..520".
#[must_use]
pub fn range_text(range: &std::ops::RangeInclusive<u32>) -> String {
    format!("{}..{}", range.start(), range.end())
}
