using System.Security.Cryptography;
using MerchantPortal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Components.Account;

/// <summary>
/// The hashing an unknown address would otherwise skip: verifying against (or hashing) a throw-away password with the
/// portal's own hasher and iteration count costs what a real account's check costs, so response times say nothing
/// about whether an account exists.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly ApplicationUser Nobody = new();
    private readonly PasswordHasher<ApplicationUser> hasher;
    private readonly Lazy<string> hash;

    public DummyPasswordHash(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<ApplicationUser>(options);
        hash = new(() => hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));
    }

    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, hash.Value, password);

    public void Hash(string password) => hasher.HashPassword(Nobody, password);
}
