using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Workflow;

namespace Dashboard;

/// <summary>
/// One organization's onboarding as the portal records it, walked through the domain's own methods at simulated
/// times: how far it gets is drawn from a drop-off at each step; a submitted case is claimed, has its business
/// license decided (refused for a reason one time in four), and is approved, rejected, sent back or left waiting;
/// an approved case passes its go-live tests and goes live with some of its platforms.
/// </summary>
public sealed class OnboardingHistory(Random random, string ownerId, IReadOnlyList<string> reviewers, DateTime nowUtc)
{
    private static readonly string[] Platforms = ["alipay", "wechatpay"];
    private static readonly string[] Reasons = ["Illegible", "Expired", "Mismatch", "WrongDocument", "SealMissing", "Altered"];
    private static readonly ApplicationTrigger[] Steps =
        [ApplicationTrigger.CompletePlatforms, ApplicationTrigger.CompleteEnterprise, ApplicationTrigger.CompleteDocuments, ApplicationTrigger.CompleteIdentity];

    public Organization Organization { get; private set; } = null!;

    public OnboardingApplication Application { get; private set; } = null!;

    public List<PlatformEnrollment> Enrollments { get; } = [];

    public List<ApplicationDocument> Documents { get; } = [];

    public List<DocumentDecision> Decisions { get; } = [];

    public void Walk(int index)
    {
        var at = nowUtc.AddMinutes(-random.Next(1, 60 * 24 * 365));
        Organization = Organization.Create($"基准单位 {index:D6}", ownerId, at);
        Application = OnboardingApplication.Start(Organization.Id, ownerId, at);
        var applicant = new Actor(ownerId, Party.Applicant);
        var codes = Platforms.Where(_ => random.Next(2) == 0).DefaultIfEmpty(Platforms[random.Next(Platforms.Length)]).ToList();
        var enterprise = Enterprise(index);
        foreach (var (step, i) in Steps.Select((s, i) => (s, i)))
        {
            if (random.NextDouble() > 0.9 || !Later(ref at, 10, 60 * 24 * 2))
            {
                return;
            }

            Application.Fire(step, applicant, at, ApplicationFacts.None);
            Application.Declare(i == 0 ? new PlatformChoice(codes, Scenes.InStore) : null, i == 1 ? enterprise : null);
        }

        if (random.NextDouble() > 0.9 || !Later(ref at, 5, 60 * 24))
        {
            return;
        }

        Submit(enterprise, applicant, at, codes);
    }

    private void Submit(EnterpriseDetails enterprise, Actor applicant, DateTime at, List<string> codes)
    {
        var listing = new ReviewListing(enterprise.LegalName, enterprise.CreditCode, enterprise.SubjectType, enterprise.Industry, ReviewListing.PlatformKey(codes));
        Application.Submit(applicant, at, new ApplicationFacts(true, true, RiskLevel.Low), listing, t => t.AddDays(1));
        Enrollments.AddRange(codes.Select(code => PlatformEnrollment.Open(Application.Id, code, ownerId, at)));
        var reviewer = new Actor(reviewers[random.Next(reviewers.Count)], Party.Staff);
        var fate = random.Next(100);
        if (fate < 12 || !Later(ref at, 30, 60 * 24 * 3))
        {
            return;
        }

        Application.Assign(reviewer.UserId, reviewer, at);
        var license = new ApplicationDocument(Application.Id, DocumentKind.BusinessLicense, 1, "license.jpg", "image/jpeg", 200_000,
            Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), $"{Guid.NewGuid():N}.jpg", ownerId, at);
        Documents.Add(license);
        var refused = random.Next(4) == 0;
        Decisions.Add(new DocumentDecision(license.Id, Application.Id, Application, 1, !refused, refused ? Reasons[random.Next(Reasons.Length)] : null,
            refused ? "请重新上传" : null, null, reviewer.UserId, at));
        if (fate < 20 || !Later(ref at, 10, 60 * 24 * 2))
        {
            return;
        }

        if (refused)
        {
            Application.Fire(random.Next(2) == 0 ? ApplicationTrigger.Reject : ApplicationTrigger.RequestChanges, reviewer, at, ApplicationFacts.None, "材料不合格");
            return;
        }

        Application.Approve(reviewer, at, RiskLevel.Low, "benchmark");
        GoLive(reviewer, at);
    }

    private void GoLive(Actor reviewer, DateTime at)
    {
        foreach (var enrollment in Enrollments.Where(_ => random.Next(10) < 7))
        {
            var tested = at;
            if (!Later(ref tested, 60, 60 * 24 * 7))
            {
                continue;
            }

            enrollment.RecordTestRun(true, new Actor(ownerId, Party.System), tested);
            Application.RecordTestsPassed();
            if (random.Next(10) < 7 && Later(ref tested, 60, 60 * 24 * 3))
            {
                enrollment.Fire(EnrollmentTrigger.RequestGoLive, new Actor(ownerId, Party.Applicant), tested, new EnrollmentFacts(true, true, true));
                var confirmer = new Actor(reviewers.First(r => r != reviewer.UserId), Party.Staff);
                enrollment.Fire(EnrollmentTrigger.GoLive, confirmer, tested, new EnrollmentFacts(true, ConfirmerIndependent: true));
                Application.RecordLive(enrollment.PlatformCode, tested, Organization.CreatedAtUtc);
            }
        }
    }

    private EnterpriseDetails Enterprise(int index)
    {
        var subject = (SubjectType)Weighted([60, 25, 7, 3, 5]);
        var industry = (Industry)random.Next(Enum.GetValues<Industry>().Length);
        return new EnterpriseDetails(subject, industry, $"基准单位 {index:D6} 有限公司", $"91350{index:D12}X"[..18], "福建省福州市", new DateOnly(2020, 1, 1), null,
            "张三", "13800000000", "bench@example.test");
    }

    /// <summary>Moves <paramref name="at"/> on by a random stretch; false when that would pass the present.</summary>
    private bool Later(ref DateTime at, int minMinutes, int maxMinutes)
    {
        var next = at.AddMinutes(random.Next(minMinutes, maxMinutes));
        if (next >= nowUtc)
        {
            return false;
        }

        at = next;
        return true;
    }

    private int Weighted(int[] weights)
    {
        var pick = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((pick -= weights[i]) < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
