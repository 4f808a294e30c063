namespace MerchantPortal.Tests.Support;

/// <summary>Fresh mainland mobile numbers: a contact mobile shared across organizations is a risk finding of its own.</summary>
public static class Mobiles
{
    private static int next = Random.Shared.Next(10_000_000, 80_000_000);

    public static string Next() => "139" + Interlocked.Increment(ref next).ToString("D8");
}
