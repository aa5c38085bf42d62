// The interface in Japanese, for a browser that asks for it.
import { test } from './fixtures';
import { signInReadAndNote } from './interface-journey';

test.use({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

test('a Japanese reader signs in, reads the declaration and makes a note, all in Japanese', async ({ page, baseURL }) => {
  await signInReadAndNote(page, baseURL!, {
    lang: 'ja',
    signInHeading: 'ログイン',
    email: 'メールアドレス',
    password: 'パスワード',
    signIn: 'ログイン',
    notes: 'メモ',
    toolbar: '選択したテキストに注釈を付ける',
    comment: 'コメント',
    saveNote: 'メモを保存',
    noteHeading: '日本語のテキストへのメモ',
    saved: 'メモを保存しました',
    privateLabel: '非公開：自分のみ',
    replies: '返信',
    passage: { segmentId: 's1-p1', text: '日朝国交正常化交渉' },
  });
});
