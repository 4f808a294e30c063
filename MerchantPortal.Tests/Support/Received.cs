namespace MerchantPortal.Tests.Support;

/// <summary>One notification as the merchant's server received it.</summary>
public sealed record Received(Uri Url, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
