namespace MerchantPortal.Domain.Credentials;

/// <summary>
/// What a merchant needs to call one platform in one environment: the app id, their own signing keys, the
/// platform's key and the notification URL. Keys rotate with an overlap: the old key stays valid, beside the
/// new one, until a time the merchant chooses, so their servers can switch without a refused request.
/// </summary>
public sealed class EnrollmentCredentials
{
    public const int MaxAppIdLength = 32;

    public static readonly TimeSpan MaxOverlap = TimeSpan.FromDays(30);

    /// <summary>The current key and the one it replaced: a rotation needs the previous overlap to have ended.</summary>
    public const int MaxValidKeys = 2;

    private readonly List<CredentialKey> _keys = [];

    private EnrollmentCredentials()
    {
    }

    public Guid Id { get; private set; }

    public Guid EnrollmentId { get; private set; }

    public CredentialEnvironment Environment { get; private set; }

    public string AppId { get; private set; } = "";

    public string? NotifyUrl { get; private set; }

    /// <summary>WeChat Pay's merchant id (mchid); null for platforms without one.</summary>
    public string? MerchantId { get; private set; }

    /// <summary>Which name of the platform key the platform signs under (WeChat Pay).</summary>
    public PlatformKeyMode PlatformKeyMode { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    /// <summary>Concurrency token: two rotations from the same version cannot both win; a private key is downloaded once.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyCollection<CredentialKey> Keys => _keys;

    /// <param name="protectedPlatformPrivateKey">The platform key pair's private half, encrypted: the sandbox signs with it.</param>
    public static EnrollmentCredentials Issue(Guid enrollmentId, CredentialEnvironment environment, string appId, string? merchantId, IssuedKey platformKey,
        string protectedPlatformPrivateKey, string actorUserId, DateTime nowUtc)
    {
        var credentials = new EnrollmentCredentials
        {
            Id = Guid.NewGuid(),
            EnrollmentId = enrollmentId,
            Environment = environment,
            AppId = appId,
            MerchantId = merchantId,
            IssuedAtUtc = nowUtc,
            Version = Guid.NewGuid(),
        };
        var key = new CredentialKey(credentials.Id, KeyRole.Platform, KeyOrigin.Platform, platformKey.Key, actorUserId, nowUtc);
        key.Identify(platformKey.KeyId, platformKey.CertificatePem, platformKey.CertificateSerial);
        key.HoldPrivateKey(protectedPlatformPrivateKey, null);
        credentials._keys.Add(key);
        return credentials;
    }

    /// <summary>
    /// The live credentials issued at go-live: new ids and a new platform key, and the merchant's keys that passed the
    /// go-live tests — the public half only (a private key kept for the tests never goes live), the API v3 key as set —
    /// with the notify URL and the platform key's name as tested, so the merchant's server switches by configuration.
    /// </summary>
    public static EnrollmentCredentials IssueLive(EnrollmentCredentials tested, string appId, string? merchantId, IssuedKey platformKey,
        string protectedPlatformPrivateKey, string actorUserId, DateTime nowUtc)
    {
        var live = Issue(tested.EnrollmentId, CredentialEnvironment.Live, appId, merchantId, platformKey, protectedPlatformPrivateKey, actorUserId, nowUtc);
        live.NotifyUrl = tested.NotifyUrl;
        live.PlatformKeyMode = tested.PlatformKeyMode;
        if (tested.Current(KeyRole.Merchant, nowUtc) is { } merchantKey)
        {
            live.Add(KeyRole.Merchant, merchantKey.Origin, new IssuedKey(new PublicKeyInfo(merchantKey.PublicKey, merchantKey.Fingerprint), merchantKey.KeyId,
                merchantKey.CertificatePem, merchantKey.CertificateSerial), null, actorUserId, nowUtc);
        }

        if (tested.Current(KeyRole.SharedSecret, nowUtc) is { } secret)
        {
            live.AddSharedSecret(secret.Fingerprint, secret.ProtectedPrivateKey!, null, actorUserId, nowUtc);
        }

        return live;
    }

    /// <summary>The keys valid now, the current one (never retired) first.</summary>
    public IEnumerable<CredentialKey> ValidKeys(KeyRole role, DateTime nowUtc) =>
        _keys.Where(k => k.Role == role && k.IsValidAt(nowUtc)).OrderBy(k => k.ValidUntilUtc is not null).ThenByDescending(k => k.CreatedAtUtc);

    /// <summary>The newest valid key: the one the platform signs with, or the merchant's current one.</summary>
    public CredentialKey? Current(KeyRole role, DateTime nowUtc) => ValidKeys(role, nowUtc).FirstOrDefault();

    /// <summary>
    /// Registers a merchant key. The first needs no window; a later one rotates: the keys valid now stay valid
    /// until <paramref name="overlapUntilUtc"/>.
    /// </summary>
    /// <param name="protectedKeptPrivateKey">The generated private key, encrypted, when the merchant let the portal keep it.</param>
    /// <param name="protectedDownload">The generated private key, encrypted, for its one download.</param>
    public CredentialKey AddMerchantKey(IssuedKey key, KeyOrigin origin, string? protectedKeptPrivateKey, string? protectedDownload,
        DateTime? overlapUntilUtc, string actorUserId, DateTime nowUtc)
    {
        if (_keys.Any(k => k.Role == KeyRole.Platform && k.Fingerprint == key.Key.Fingerprint))
        {
            throw new DomainException(DomainErrors.PlatformKeyPasted);
        }

        if (_keys.Any(k => k.Role == KeyRole.Merchant && (k.Fingerprint == key.Key.Fingerprint || (key.KeyId is not null && k.KeyId == key.KeyId))))
        {
            throw new DomainException(DomainErrors.KeyAlreadyRegistered);
        }

        var added = Add(KeyRole.Merchant, origin, key, overlapUntilUtc, actorUserId, nowUtc);
        added.HoldPrivateKey(protectedKeptPrivateKey, protectedDownload);
        return added;
    }

    /// <summary>The platform's key rotates the same way; the new one signs from now on, the old one still verifies until the window ends.</summary>
    public CredentialKey RotatePlatformKey(IssuedKey key, string protectedPrivateKey, DateTime overlapUntilUtc, string actorUserId, DateTime nowUtc)
    {
        var added = Add(KeyRole.Platform, KeyOrigin.Platform, key, overlapUntilUtc, actorUserId, nowUtc);
        added.HoldPrivateKey(protectedPrivateKey, null);
        return added;
    }

    /// <summary>A shared secret (the API v3 key), kept encrypted because the platform side uses it; rotates like the keys.</summary>
    public CredentialKey AddSharedSecret(string fingerprint, string protectedSecret, DateTime? overlapUntilUtc, string actorUserId, DateTime nowUtc)
    {
        if (_keys.Any(k => k.Role == KeyRole.SharedSecret && k.Fingerprint == fingerprint))
        {
            throw new DomainException(DomainErrors.KeyAlreadyRegistered);
        }

        var added = Add(KeyRole.SharedSecret, KeyOrigin.Generated, new IssuedKey(new PublicKeyInfo("", fingerprint)), overlapUntilUtc, actorUserId, nowUtc);
        added.HoldPrivateKey(protectedSecret, null);
        return added;
    }

    public void SetPlatformKeyMode(PlatformKeyMode mode)
    {
        PlatformKeyMode = mode;
        Version = Guid.NewGuid();
    }

    /// <summary>Hands a generated private key's one download to whoever generated it, within the window; a second claim is refused.</summary>
    public string TakePrivateKeyDownload(Guid keyId, string userId, DateTime nowUtc)
    {
        var key = _keys.SingleOrDefault(k => k.Id == keyId) ?? throw new DomainException(DomainErrors.PrivateKeyGone);
        var download = key.TakeDownload(userId, nowUtc);
        Version = Guid.NewGuid();
        return download;
    }

    public void SetNotifyUrl(string? url)
    {
        NotifyUrl = Credentials.NotifyUrl.Normalize(url);
        Version = Guid.NewGuid();
    }

    private CredentialKey Add(KeyRole role, KeyOrigin origin, IssuedKey key, DateTime? overlapUntilUtc, string actorUserId, DateTime nowUtc)
    {
        var valid = ValidKeys(role, nowUtc).ToList();
        if (valid.Count >= MaxValidKeys && overlapUntilUtc > nowUtc)
        {
            // Every request is verified against each valid key: a third rotation waits until an overlap has ended.
            throw new DomainException(DomainErrors.TooManyValidKeys, MaxValidKeys);
        }

        if (valid.Count > 0)
        {
            if (overlapUntilUtc is not { } until || until < nowUtc || until > nowUtc + MaxOverlap)
            {
                throw new DomainException(DomainErrors.OverlapOutOfRange, (int)MaxOverlap.TotalDays);
            }

            valid.ForEach(k => k.Retire(until));
        }

        var added = new CredentialKey(Id, role, origin, key.Key, actorUserId, nowUtc);
        added.Identify(key.KeyId, key.CertificatePem, key.CertificateSerial);
        _keys.Add(added);
        Version = Guid.NewGuid();
        return added;
    }
}
