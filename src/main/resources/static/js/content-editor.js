// The document editor: TinyMCE 6 (MIT) from its WebJar, nothing fetched from the internet. Its
// interface is in Chinese through the language pack shipped in /js/tinymce-langs/ (the pack is not
// on Maven Central); the messages below come from the page's data attributes.
//
// Pasting from Word: TinyMCE 6 has no Word filter of its own, so what Word puts on the clipboard
// (its style sheet, conditional comments, <o:p>, mso- classes and styles, fonts, sizes, colours)
// is stripped here before TinyMCE parses it, and TinyMCE keeps only the tags and the one style
// (alignment) the body may have. The server's sanitizer does the same again on save: this is for
// what the editor shows, not for safety.
//
// Pictures (the image button, and pictures pasted as data) are uploaded to the document at once;
// the editor shows them from /admin/attachments/<id>, and they are stored as attachment:<id>.
(function () {
  if (!window.tinymce) {
    return;
  }
  var area = document.querySelector('textarea.rich-text');
  if (!area) {
    return;
  }
  var uploadUrl = area.getAttribute('data-upload-url');
  // the document's own pictures (uploaded, or taken from the site's media library), offered in the image dialog
  var pictureListUrl = area.getAttribute('data-picture-list-url');
  var saveFirst = area.getAttribute('data-save-first') || '';
  var uploadFailed = area.getAttribute('data-upload-failed') || '';
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var blocks = 'p,h2,h3,h4,h5,h6,li,td,th,blockquote,div';

  function cleanWordHtml(html) {
    return html
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(style|xml|script|title|head|meta|link)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<(meta|link)\b[^>]*>/gi, '')
      .replace(/<\/?[a-z]+:[^>]*>/gi, '')
      .replace(/\s(class|lang|style|face|size|color)=("[^"]*"|'[^']*'|[^\s>]+)/gi, function (match, name, value) {
        if (name.toLowerCase() === 'style') {
          var align = /text-align\s*:\s*(left|center|right|justify)/i.exec(value);
          return align ? ' style="text-align:' + align[1].toLowerCase() + '"' : '';
        }
        return '';
      });
  }

  window.tinymce.init({
    target: area,
    base_url: '/webjars/tinymce',
    suffix: '.min',
    language: 'zh-Hans',
    language_url: '/js/tinymce-langs/zh-Hans.js',
    promotion: false,
    // the body is saved as written: no line breaks or indentation added between blocks
    indent: false,
    // a reader who may not change the document (a reviewer) sees it without the tools
    readonly: area.closest('fieldset:disabled') !== null,
    branding: false,
    menubar: false,
    height: 480,
    plugins: 'lists link image table code',
    toolbar: 'undo redo | blocks | bold italic underline subscript superscript | alignleft aligncenter alignright | bullist numlist blockquote | link image table | removeformat code',
    block_formats: '正文=p; 二级标题=h2; 三级标题=h3; 四级标题=h4',
    content_css: '/css/content-editor.css',
    convert_urls: false,
    // alignment as the classes the body keeps (gs-align-*), not as inline styles
    formats: {
      alignleft: { selector: blocks, classes: 'gs-align-left' },
      aligncenter: { selector: blocks, classes: 'gs-align-center' },
      alignright: { selector: blocks, classes: 'gs-align-right' },
      alignjustify: { selector: blocks, classes: 'gs-align-justify' }
    },
    valid_styles: { '*': 'text-align' },
    valid_classes: { '*': 'gs-align-left gs-align-center gs-align-right gs-align-justify gs-typeset gs-image' },
    invalid_elements: 'font,center,style,script,xml,meta,link,title,iframe,frame,object,embed,applet,form,input,button,select,textarea,o:p',
    paste_preprocess: function (editor, args) {
      args.content = cleanWordHtml(args.content);
    },
    paste_webkit_styles: 'none',
    paste_remove_styles_if_webkit: true,
    paste_merge_formats: true,
    paste_data_images: true,
    images_file_types: 'jpeg,jpg,png,gif,webp',
    automatic_uploads: true,
    images_reuse_filename: true,
    image_list: pictureListUrl ? function (success) {
      fetch(pictureListUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; }, function () { return []; })
        .then(success);
    } : false,
    images_upload_handler: function (blobInfo) {
      if (!uploadUrl) {
        return Promise.reject({ message: saveFirst, remove: true });
      }
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      var headers = {};
      if (token && header) {
        headers[header.content] = token.content;
      }
      return fetch(uploadUrl, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (json) {
            if (!response.ok || !json.location) {
              return Promise.reject({ message: json.detail || uploadFailed, remove: true });
            }
            return json.location;
          });
        }, function () {
          return Promise.reject({ message: uploadFailed, remove: true });
        });
    }
  });
  var form = document.getElementById('document-form');
  if (form) {
    form.addEventListener('submit', function () { window.tinymce.triggerSave(); });
  }
}());
