// The document editor: TinyMCE 6 (MIT) from its WebJar, nothing fetched from the internet. The
// Chinese language pack is not in the WebJar, so its own interface stays in English; every field
// around it is Chinese. Pasted Word content loses its styles here and again in the server's sanitizer.
(function () {
  if (!window.tinymce) {
    return;
  }
  var area = document.querySelector('textarea.rich-text');
  if (!area) {
    return;
  }
  var uploadUrl = area.getAttribute('data-upload-url');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  window.tinymce.init({
    target: area,
    base_url: '/webjars/tinymce',
    suffix: '.min',
    promotion: false,
    branding: false,
    menubar: false,
    height: 480,
    plugins: 'lists link image table code',
    toolbar: 'undo redo | blocks | bold italic underline subscript superscript | alignleft aligncenter alignright | bullist numlist blockquote | link image table | removeformat code',
    block_formats: 'Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4',
    convert_urls: false,
    paste_data_images: uploadUrl !== null,
    paste_webkit_styles: 'none',
    paste_remove_styles_if_webkit: true,
    invalid_styles: { '*': 'color font-family font-size background background-color line-height margin padding text-indent' },
    automatic_uploads: uploadUrl !== null,
    images_upload_handler: function (blobInfo) {
      if (!uploadUrl) {
        return Promise.reject('Save the document first');
      }
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      var headers = {};
      if (token && header) {
        headers[header.content] = token.content;
      }
      return fetch(uploadUrl, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
        .then(function (response) {
          return response.json().then(function (json) {
            if (!response.ok) {
              throw json.detail || 'Upload refused';
            }
            return json.location;
          });
        });
    }
  });
  var form = document.getElementById('document-form');
  if (form) {
    form.addEventListener('submit', function () { window.tinymce.triggerSave(); });
  }
}());
