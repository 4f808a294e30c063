namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>A verified, decrypted notification: the envelope's fields and the resource's plaintext JSON.</summary>
public sealed record WeChatPayNotification(string Id, DateTimeOffset CreateTime, string EventType, string ResourceType, string Summary,
    string OriginalType, string AssociatedData, string Plaintext);
