namespace MerchantPortal.Domain.Audit;

public enum ChainBreak
{
    /// <summary>The entry's fields no longer give its stored hash: the entry was changed.</summary>
    ContentChanged = 0,

    /// <summary>The entry does not link to the one before it: an entry was removed, inserted or reordered.</summary>
    LinkBroken = 1,
}
