const { simpleParser } = require("mailparser")
const raw = "From: =?UTF-8?B?6rmA7LKg7IiY?= <chulsoo@example.kr>\r\nTo: support@support.shop.test\r\nSubject: =?EUC-KR?B?yK/Cx7/kw7s=?=\r\nMessage-ID: <abc@example.kr>\r\nAuto-Submitted: auto-replied\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\nMIME-Version: 1.0\r\n\r\n--b\r\nContent-Type: text/plain; charset=EUC-KR\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" 
const body = Buffer.concat([Buffer.from(raw,'latin1'), require('iconv-lite').encode('환불 요청합니다\r\n','euc-kr'), Buffer.from("\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n--b--\r\n")])
simpleParser(body).then(p => { console.log(p.subject, p.from, p.text, p.headers.get('content-type'), p.headers.get('auto-submitted'), p.attachments.map(a=>[a.contentType,a.filename,a.size])) })
simpleParser(Buffer.from("garbage without headers")).then(p => console.log("G", JSON.stringify(p.headers), p.text, p.from, p.headerLines))
simpleParser(Buffer.from("")).then(p => console.log("E", p.headerLines, p.text))
