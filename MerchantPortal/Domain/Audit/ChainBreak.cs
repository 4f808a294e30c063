namespace MerchantPortal.Domain.Audit;

public enum ChainBreak
{
    /// <summary>The entry's fields no longer give its stored hash with its key: the entry was changed.</summary>
    ContentChanged = 0,

    /// <summary>The entry does not link to the one before it: an entry was removed, inserted or reordered.</summary>
    LinkBroken = 1,

    /// <summary>The entry names a key the portal does not hold: it cannot be checked, so it is not trusted.</summary>
    UnknownKey = 2,

    /// <summary>An unkeyed entry after keyed ones: only a rewrite without the key produces one.</summary>
    KeyRemoved = 3,
}
