using System.Text;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>Everything the route matrix found wrong, worded so the failing test says what to do.</summary>
public sealed record MatrixReport(int RouteCount, int ActorCount, IReadOnlyList<UndeclaredRoute> Undeclared,
    IReadOnlyList<string> RowProblems, IReadOnlyList<MatrixMismatch> Mismatches)
{
    public bool Passed => Undeclared.Count == 0 && RowProblems.Count == 0 && Mismatches.Count == 0;

    public override string ToString()
    {
        var text = new StringBuilder($"Route matrix: {RouteCount} routes x {ActorCount} actors; ");
        var problems = Undeclared.Count + RowProblems.Count + Mismatches.Count;
        text.Append(Passed ? "all as declared." : $"{problems} problem(s).");
        if (Undeclared.Count > 0)
        {
            text.Append("\n\nUndeclared routes. Declare each with one row in ")
                .Append("MerchantPortal.Tests/Integration/Security/RouteMatrix.cs: ")
                .Append("new(\"METHOD pattern\", anonymous, applicant of A, applicant of B, reviewer, admin, ")
                .Append("staff member of A, \"why\") — outcomes Ok, SignIn, Denied, Redirect, BadRequest, NotFound, ")
                .Append("MethodNotAllowed, Conflict, Gone, or Any (say why).");
            Append(text, Undeclared);
        }

        if (RowProblems.Count > 0)
        {
            text.Append("\n\nRows in RouteMatrix.cs to fix:");
            Append(text, RowProblems);
        }

        if (Mismatches.Count > 0)
        {
            text.Append("\n\nOutcomes that differ from the table (fix the portal, or the row if the change is meant):");
            Append(text, Mismatches);
        }

        return text.ToString();
    }

    private static void Append<T>(StringBuilder text, IEnumerable<T> lines)
    {
        foreach (var line in lines)
        {
            text.Append("\n  ").Append(line);
        }
    }
}
