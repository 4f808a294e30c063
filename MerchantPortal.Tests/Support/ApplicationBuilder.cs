using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Tests.Support;

/// <summary>Brings an application to any state the way the portal would: by firing the table's own moves.</summary>
public static class ApplicationBuilder
{
    public static readonly DateTime Now = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    public const string ApplicantId = "applicant";
    public const string StaffId = "reviewer";

    public static Actor ActorFor(Party party) => new(party == Party.Applicant ? ApplicantId : StaffId, party);

    /// <summary>Facts under which every guard of <paramref name="rule"/> holds.</summary>
    public static ApplicationFacts FactsFor(TransitionRule<ApplicationState, ApplicationTrigger, ApplicationFacts> rule) =>
        new(AllStepsComplete: true, BankAccountVerified: true,
            Risk: rule.Guards.Contains(ApplicationWorkflow.RiskHigh) ? RiskLevel.High : RiskLevel.Low);

    public static OnboardingApplication InState(ApplicationState target, Guid? organizationId = null)
    {
        var application = OnboardingApplication.Start(organizationId ?? Guid.NewGuid(), ApplicantId, Now);
        foreach (var rule in PathTo(target))
        {
            application.Fire(rule.Trigger, ActorFor(rule.By), Now, FactsFor(rule), "reason");
        }

        return application;
    }

    private static List<TransitionRule<ApplicationState, ApplicationTrigger, ApplicationFacts>> PathTo(ApplicationState target)
    {
        var table = ApplicationWorkflow.Table;
        var paths = new Dictionary<ApplicationState, List<TransitionRule<ApplicationState, ApplicationTrigger, ApplicationFacts>>> { [table.Initial] = [] };
        var queue = new Queue<ApplicationState>([table.Initial]);
        while (queue.TryDequeue(out var state) && !paths.ContainsKey(target))
        {
            foreach (var rule in table.Rules.Where(r => r.From == state && !paths.ContainsKey(r.To)))
            {
                paths[rule.To] = [.. paths[state], rule];
                queue.Enqueue(rule.To);
            }
        }

        return paths.TryGetValue(target, out var path) ? path : throw new InvalidOperationException($"{target} cannot be reached.");
    }
}
