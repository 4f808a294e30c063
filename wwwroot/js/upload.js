// Uploads the file chosen in an <input type="file"> over plain HTTP (not through the Blazor circuit), with
// the antiforgery token in a header, reporting progress to the component as it goes. A file over the limit is
// not sent at all: the server would cut it off mid-body, and a browser often reports that as a network error.
export async function upload(input, url, component, maxBytes) {
    const file = input.files && input.files[0];
    if (!file) {
        return { status: 0, body: "" };
    }

    if (file.size > maxBytes) {
        input.value = "";
        return { status: 413, body: "" };
    }

    const token = (await (await fetch("/api/antiforgery", { credentials: "same-origin" })).json()).token;
    return await new Promise(resolve => {
        const request = new XMLHttpRequest();
        request.open("POST", url);
        request.setRequestHeader("RequestVerificationToken", token);
        request.upload.onprogress = e => {
            if (e.lengthComputable) {
                component.invokeMethodAsync("OnProgress", Math.round(e.loaded * 100 / e.total));
            }
        };
        request.onload = () => { input.value = ""; resolve({ status: request.status, body: request.responseText }); };
        request.onerror = () => { input.value = ""; resolve({ status: 0, body: "" }); };
        const form = new FormData();
        form.append("file", file, file.name);
        request.send(form);
    });
}
