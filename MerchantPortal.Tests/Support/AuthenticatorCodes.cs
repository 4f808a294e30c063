using OtpNet;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// Authenticator codes as a phone shows them, for tests that sign in with the same account more than once within
/// 30 seconds: the portal accepts each time step only once, so each call gives the code of the next unused step (the
/// portal accepts up to two steps ahead) and waits for the clock only when three have been used in one step.
/// </summary>
public static class AuthenticatorCodes
{
    private static readonly Dictionary<string, long> LastIssued = [];
    private static readonly Lock Gate = new();

    public static string Next(string key)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var current = now / 30;
            lock (Gate)
            {
                var step = Math.Max(current, LastIssued.GetValueOrDefault(key, long.MinValue) + 1);
                if (step <= current + 2)
                {
                    LastIssued[key] = step;
                    return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
                }
            }

            Thread.Sleep(TimeSpan.FromSeconds(30 - now % 30 + 1));
        }
    }
}
