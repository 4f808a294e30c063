using System.Diagnostics;
using MerchantPortal.Components.Account;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace MerchantPortal.Tests.Integration.Accounts;

/// <summary>
/// Whether an account exists must not show in how long the forms take (ASVS 5.0 V6.3.8). The factory keeps the
/// production password-hash cost and raises the rate limits and delays, so 50 tries each run the real work.
/// </summary>
public class SignInTimingTests(ProductionHashPortalFactory factory, ITestOutputHelper output) : IClassFixture<ProductionHashPortalFactory>
{
    private const int Tries = 50;
    private const int WarmUp = 5;

    [Fact]
    public async Task SignIn_WrongPassword_TakesAsLongForUnknownAsForExistingAccounts()
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient(followRedirects: false);
        var (action, form) = await client.ReadFormAsync("/Account/Login", "login");
        Dictionary<string, string> Attempt(string email) =>
            new(form) { ["Input.Email"] = email, ["Input.Password"] = "Wrong-password-" + Guid.NewGuid().ToString("N")[..6] };

        var (existing, unknown) = await MeasureAsync(client, action,
            _ => Attempt(account.Email), i => Attempt($"nobody-{i}-{Guid.NewGuid():N}@example.test"));

        Report("sign-in, wrong password", existing, unknown);
        AssertWithin20Percent(existing, unknown);
    }

    [Fact]
    public async Task Register_TakesAsLongForTakenAsForNewAddresses()
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient(followRedirects: false);
        var (action, form) = await client.ReadFormAsync("/Account/Register", "register");
        Dictionary<string, string> Attempt(string email) => new(form)
        {
            ["Input.DisplayName"] = "计时测试",
            ["Input.OrganizationName"] = "计时测试单位 " + Guid.NewGuid().ToString("N")[..8],
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        };

        var (existing, unknown) = await MeasureAsync(client, action,
            _ => Attempt(account.Email), i => Attempt($"timing-{i}-{Guid.NewGuid():N}@example.test"));

        Report("registration", existing, unknown);
        AssertWithin20Percent(existing, unknown);
    }

    [Fact]
    public void Factory_UsesTheProductionPasswordHashCost()
    {
        var options = factory.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        Assert.Equal(SignInHardeningServices.DefaultPasswordHashIterations, options.IterationCount);
    }

    /// <summary>Alternates the two kinds of request so that load on the machine falls on both alike.</summary>
    private static async Task<(List<double> Existing, List<double> Unknown)> MeasureAsync(
        FormClient client, string action, Func<int, Dictionary<string, string>> existing, Func<int, Dictionary<string, string>> unknown)
    {
        var (a, b) = (new List<double>(), new List<double>());
        for (var i = 0; i < Tries + WarmUp; i++)
        {
            var first = await TimeAsync(client, action, existing(i));
            var second = await TimeAsync(client, action, unknown(i));
            if (i >= WarmUp)
            {
                a.Add(first);
                b.Add(second);
            }
        }

        return (a, b);
    }

    private static async Task<double> TimeAsync(FormClient client, string action, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var watch = Stopwatch.StartNew();
        using var response = await client.Http.PostAsync(action, content);
        await response.Content.ReadAsStringAsync();
        watch.Stop();
        Assert.True((int)response.StatusCode is 200 or 302, $"Unexpected {(int)response.StatusCode}.");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private void Report(string what, List<double> existing, List<double> unknown) =>
        output.WriteLine($"{what}: median {Median(existing):F1} ms for existing accounts, {Median(unknown):F1} ms for unknown ({existing.Count} tries each)");

    private static void AssertWithin20Percent(List<double> existing, List<double> unknown)
    {
        var (a, b) = (Median(existing), Median(unknown));
        Assert.True(Math.Abs(a - b) < 0.2 * Math.Max(a, b), $"Medians differ by more than 20 %: {a:F1} ms vs {b:F1} ms.");
    }
}
