namespace MerchantPortal.Domain.Onboarding;

/// <summary>经营场景: where the organization will sell. Some documents depend on it (in-store photos).</summary>
[Flags]
public enum Scenes
{
    None = 0,
    InStore = 1,
    Online = 2,
    InApp = 4,
    MiniProgram = 8,
}
