using System.Buffers.Binary;
using MerchantPortal.Components.Account;
using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Passwords;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Tests.Integration.Accounts;

/// <summary>NIST SP 800-63B passwords with production's hash cost: length and a list, no composition rules; rehash on sign-in.</summary>
public class PasswordPolicyTests(ProductionHashPortalFactory factory) : IClassFixture<ProductionHashPortalFactory>
{
    [Fact]
    public void CommonPasswordList_HoldsAtLeast100000Passwords()
    {
        var list = factory.Services.GetRequiredService<CommonPasswordList>();

        Assert.True(list.Count >= 100_000, $"Only {list.Count} passwords.");
        Assert.True(list.Contains("QWERTYqwerty"));
        Assert.False(list.Contains("violet stapler orbits the quiet harbour"));
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("qwertyqwerty")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("merchantportal2024")]
    [InlineData("Short-1!")]
    public async Task CreateAccount_WeakPassword_IsRefused(string password)
    {
        var result = await CreateAsync(password);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("violet stapler orbits the quiet harbour")]
    [InlineData("alllowercaseletterswithoutdigits")]
    public async Task CreateAccount_LongUnlistedPassphrase_WithoutDigitsOrSymbols_IsAccepted(string password)
    {
        var result = await CreateAsync(password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task SignIn_HashFromOlderCost_IsRehashedWithTheCurrentCost()
    {
        var account = await factory.CreateAccountAsync(Domain.Accounts.PortalRoles.Applicant);
        // The hash Identity made before the cost was raised: PBKDF2-HMAC-SHA512 with 100,000 iterations.
        var old = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new ApplicationUser(), account.Password);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, old));
        }

        await factory.SignInAsync(account);

        await using var after = await factory.CreateDbContextAsync();
        var stored = Convert.FromBase64String(await after.Users.Where(u => u.Id == account.Id).Select(u => u.PasswordHash!).SingleAsync());
        Assert.Equal(0x01, stored[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(1))); // KeyDerivationPrf.HMACSHA512
        Assert.Equal((uint)SignInHardeningServices.DefaultPasswordHashIterations, BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(5)));
    }

    private Task<IdentityResult> CreateAsync(string password) => factory.WithServicesAsync(sp =>
    {
        var email = $"policy-{Guid.NewGuid():N}@example.test";
        return sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(
            new ApplicationUser { UserName = email, Email = email, DisplayName = "策略测试", CreatedAtUtc = DateTime.UtcNow }, password);
    });
}
