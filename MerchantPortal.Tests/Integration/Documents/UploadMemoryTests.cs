using System.Diagnostics;
using System.Net;
using MerchantPortal.Tests.Support;
using Xunit.Abstractions;
using static MerchantPortal.Tests.Support.DocumentUploads;

namespace MerchantPortal.Tests.Integration.Documents;

/// <summary>
/// The attack from issue 21: ten 40-megapixel JPEGs sent at once took the portal from 270 MiB to 2.5 GiB. With the
/// decoding in worker processes the portal's own memory (this test process hosts it) must grow by less than 300 MB.
/// </summary>
public class UploadMemoryTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const long MaxGrowthBytes = 300L * 1024 * 1024;

    // Slow (~1.5 min on the 2-core build machine): `--filter Category!=Benchmark` leaves it out.
    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task TenConcurrent40MegapixelJpegs_AllSucceedOrAreToldToRetry_AndThePortalGrowsLessThan300MB()
    {
        var photo = LargeImages.NoiseJpeg40Megapixels(seed: 21);
        Assert.InRange(photo.Length, 3 * 1024 * 1024, 10 * 1024 * 1024);
        var applicants = new List<(TestAccount Owner, Guid ApplicationId, FormClient Client)>();
        for (var i = 0; i < 10; i++)
        {
            applicants.Add(await ApplicantAsync(factory));
        }

        // One small upload first, so start-up costs (JIT, pools) are not counted as growth.
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicants[0].Client, applicants[0].ApplicationId, "StorefrontPhoto", "w.jpg",
            DocumentCorpus.UniqueJpeg())).StatusCode);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var baseline = self.WorkingSet64;
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(50);
            }
        });
        var clock = Stopwatch.StartNew();

        var responses = await Task.WhenAll(applicants.Select((a, i) =>
            UploadAsync(a.Client, a.ApplicationId, "StorefrontPhoto", $"photo{i}.jpg", photo)));
        await sampling.CancelAsync();
        await sampler;

        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            output.WriteLine($"{(int)refused.StatusCode}: {await refused.Content.ReadAsStringAsync()}");
        }

        output.WriteLine($"{photo.Length / 1e6:F1} MB each; {accepted} accepted, {responses.Length - accepted} refused in {clock.Elapsed.TotalSeconds:F0} s; "
            + $"portal working set {baseline / 1048576} MiB → peak {peak / 1048576} MiB (+{(peak - baseline) / 1048576} MiB)");
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.True(accepted > 0);
        Assert.True(peak - baseline < MaxGrowthBytes, $"The portal grew by {(peak - baseline) / 1048576} MiB.");
    }
}
