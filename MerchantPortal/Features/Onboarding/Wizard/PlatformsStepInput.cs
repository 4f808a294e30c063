using System.Text.Json.Serialization;
using FluentValidation;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>Step 1's form: the wallets and the scenes.</summary>
public sealed class PlatformsStepInput
{
    public List<string> PlatformCodes { get; set; } = [];

    public bool InStore { get; set; }

    public bool Online { get; set; }

    public bool InApp { get; set; }

    public bool MiniProgram { get; set; }

    /// <summary>
    /// The platforms the application had already saved: it keeps them even after an admin closes one to new applicants.
    /// The service sets them from the stored step before validating, whatever the caller sent; never part of a draft.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyCollection<string> KeptCodes { get; set; } = [];

    public Scenes Scenes =>
        (InStore ? Scenes.InStore : 0) | (Online ? Scenes.Online : 0) | (InApp ? Scenes.InApp : 0) | (MiniProgram ? Scenes.MiniProgram : 0);

    public static PlatformsStepInput From(PlatformChoice choice) => new()
    {
        PlatformCodes = [.. choice.PlatformCodes],
        InStore = choice.Scenes.HasFlag(Scenes.InStore),
        Online = choice.Scenes.HasFlag(Scenes.Online),
        InApp = choice.Scenes.HasFlag(Scenes.InApp),
        MiniProgram = choice.Scenes.HasFlag(Scenes.MiniProgram),
    };

    public PlatformChoice ToChoice() => new([.. PlatformCodes.Distinct().Order()], Scenes);

    public sealed class Validator : AbstractValidator<PlatformsStepInput>
    {
        public Validator(PlatformCatalogue catalogue)
        {
            RuleFor(x => x.PlatformCodes).NotEmpty().WithMessage(_ => WizardText.ChoosePlatform);
            RuleFor(x => x.PlatformCodes).MustAsync(async (input, codes, _) =>
                {
                    var available = (await catalogue.ListAsync()).Where(p => p.IsAvailable).Select(p => p.Code).ToHashSet();
                    return codes.All(c => available.Contains(c) || input.KeptCodes.Contains(c));
                })
                .WithMessage(_ => WizardText.PlatformNotAvailable);
            RuleFor(x => x.Scenes).NotEqual(Scenes.None).WithName(nameof(InStore)).WithMessage(_ => WizardText.ChooseScene);
        }
    }
}
