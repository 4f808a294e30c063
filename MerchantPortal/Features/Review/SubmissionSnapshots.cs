using System.Text.Json;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Features.Review;

/// <summary>Freezes what was submitted in a round, and reads it back for the reviewer's "what changed" view.</summary>
public static class SubmissionSnapshots
{
    public static SubmissionSnapshot Take(OnboardingApplication application, ApplicationProfile profile, IEnumerable<ApplicationDocument> documents, DateTime nowUtc)
    {
        var versions = documents.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Max(d => d.Version));
        var data = new SubmittedData(profile.Platforms!, profile.Enterprise!, profile.Identity!, profile.ProtectedIdentity!, versions);
        return new SubmissionSnapshot(application.Id, application.ReviewRound, JsonSerializer.Serialize(data), nowUtc);
    }

    public static SubmittedData Read(SubmissionSnapshot snapshot) => JsonSerializer.Deserialize<SubmittedData>(snapshot.DataJson)!;
}
