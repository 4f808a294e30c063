namespace MerchantPortal.Features.SampleMerchant;

/// <summary>
/// How the sample receiver behaves. <see cref="Correct"/> is the reference integration; the others are the mistakes
/// merchants make, so the go-live checks can be shown to catch them.
/// </summary>
public enum SampleMerchantBehaviour
{
    Correct = 0,

    /// <summary>Acknowledges everything without verifying: forged notifications get through.</summary>
    AcceptsForgeries = 1,

    /// <summary>Verifies, but answers in words the platform does not take as an acknowledgement.</summary>
    WrongAcknowledgement = 2,
}
