// The interface in Korean, for a browser that asks for it.
import { test } from './fixtures';
import { signInReadAndNote } from './interface-journey';

test.use({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });

test('a Korean reader signs in, reads the declaration and makes a note, all in Korean', async ({ page, baseURL }) => {
  await signInReadAndNote(page, baseURL!, {
    lang: 'ko',
    signInHeading: '로그인',
    email: '이메일',
    password: '비밀번호',
    signIn: '로그인',
    notes: '메모',
    toolbar: '선택한 텍스트에 메모하기',
    comment: '코멘트',
    saveNote: '메모 저장',
    noteHeading: '한국어 텍스트에 단 메모',
    saved: '메모를 저장했습니다',
    privateLabel: '비공개: 나만 보기',
    replies: '답글',
    passage: { segmentId: 's1-p1', text: '조일국교정상화회담' },
  });
});
