namespace MerchantPortal.Domain.Workflow;

/// <summary>The person behind a transition, recorded in its history row.</summary>
public sealed record Actor(string UserId, Party Party);
