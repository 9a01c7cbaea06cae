//! Where each weekly figure of a run lives in its flat record: per week, every stage's
//! metrics followed by the totals.

/// A weekly figure of one stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageMetric {
    /// Leads in the stage at the end of the week (customers, for a customer stage).
    InStage,
    /// Leads that entered during the week.
    Entered,
    /// Leads that moved on during the week (warmed up, for a nurture pool; referred, for a
    /// customer stage; organic leads, for brand reach).
    MovedOn,
    /// Leads that dropped out during the week (unsubscribed; churned; not captured).
    Dropped,
    /// Leads that finished but wait for a free person, at the end of the week.
    Backlog,
}

impl StageMetric {
    /// Every stage metric, in record and column order.
    pub const ALL: [Self; 5] = [
        Self::InStage,
        Self::Entered,
        Self::MovedOn,
        Self::Dropped,
        Self::Backlog,
    ];

    /// Column name in CSV and JSON.
    #[must_use]
    pub fn column(self) -> &'static str {
        match self {
            Self::InStage => "in_stage",
            Self::Entered => "entered",
            Self::MovedOn => "moved_on",
            Self::Dropped => "dropped",
            Self::Backlog => "backlog",
        }
    }
}

/// A weekly figure of the whole design.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalMetric {
    /// Customers won during the week.
    NewCustomers,
    /// Customers at the end of the week.
    ActiveCustomers,
    /// Revenue during the week (first orders and repeat orders).
    Revenue,
    /// Of the revenue, what customers won during the simulation brought (their first orders
    /// and their repeat orders).
    RevenueNewCustomers,
    /// Of the revenue, what the customers the company had on the start date brought.
    RevenueExistingCustomers,
    /// Cost during the week (sources, people, tools).
    Cost,
    /// Revenue minus cost since week 1.
    CumulativeProfit,
    /// New leads during the week: from sources and referrals.
    LeadsEntered,
    /// Leads lost since week 1 (dropped to lost, unsubscribed, not captured).
    Lost,
    /// Customers churned since week 1.
    Churned,
    /// Organic leads on their way from brand reach, at the end of the week.
    InTransit,
}

impl TotalMetric {
    /// Every total, in record and column order.
    pub const ALL: [Self; 11] = [
        Self::NewCustomers,
        Self::ActiveCustomers,
        Self::Revenue,
        Self::RevenueNewCustomers,
        Self::RevenueExistingCustomers,
        Self::Cost,
        Self::CumulativeProfit,
        Self::LeadsEntered,
        Self::Lost,
        Self::Churned,
        Self::InTransit,
    ];

    /// Column name in CSV and JSON.
    #[must_use]
    pub fn column(self) -> &'static str {
        match self {
            Self::NewCustomers => "new_customers",
            Self::ActiveCustomers => "active_customers",
            Self::Revenue => "revenue",
            Self::RevenueNewCustomers => "revenue_new_customers",
            Self::RevenueExistingCustomers => "revenue_existing_customers",
            Self::Cost => "cost",
            Self::CumulativeProfit => "cumulative_profit",
            Self::LeadsEntered => "leads_entered",
            Self::Lost => "lost",
            Self::Churned => "churned",
            Self::InTransit => "in_transit",
        }
    }
}

/// Index arithmetic for a run's record.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layout {
    stages: usize,
}

impl Layout {
    pub fn new(stages: usize) -> Self {
        Self { stages }
    }

    /// Figures per week.
    pub fn week_stride(self) -> usize {
        self.stages * StageMetric::ALL.len() + TotalMetric::ALL.len()
    }

    /// Length of a record of `weeks` weeks.
    pub fn record_len(self, weeks: usize) -> usize {
        weeks * self.week_stride()
    }

    pub fn stage_cell(self, week: usize, stage: usize, metric: StageMetric) -> usize {
        week * self.week_stride() + stage * StageMetric::ALL.len() + metric as usize
    }

    pub fn total_cell(self, week: usize, metric: TotalMetric) -> usize {
        week * self.week_stride() + self.stages * StageMetric::ALL.len() + metric as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Layout;

    #[test]
    fn the_memory_budget_counts_the_figures_the_layout_keeps() {
        // design::limits cannot see the layout (it sits below the simulation), so it writes
        // the count out; this keeps the two from drifting apart when a metric is added.
        for stages in [0, 1, 10, 2_000] {
            assert_eq!(
                crate::design::limits::figures_per_week(stages),
                Layout::new(stages).week_stride() as u64
            );
        }
    }
}
